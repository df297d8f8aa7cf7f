// Behaviour evidence as data (patterns/evidence/*.yaml): every example of every indicator is found
// by the real detector next to a fabricated webhook in a file of the indicator's language, every
// negative stays silent, the loader names the file and field of a mistake, and the generated module
// is what the YAML says.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without types
import { EVIDENCE_MODULE, readEvidence, renderEvidenceModule } from '../../scripts/build-evidence.mjs';
import { Detector } from '../../src/detect/index.js';
import { assessExfil } from '../../src/detect/context.js';
import { languageOf, type EvidenceIndicator, type Language } from '../../src/detect/evidence.js';
import { loadProviders } from '../../src/patterns/index.js';
import { webhook } from '../support/fabricate.js';

type Row = EvidenceIndicator & { examples: string[]; negatives: string[] };
const families = readEvidence() as { family: string; indicators: Row[] }[];
const rows = families.flatMap((f) => f.indicators);
const detector = new Detector(loadProviders().flatMap((p) => p.patterns));
const discord = webhook('discord');

/** Evidence phrases the real detector attaches to the webhook in `code` (the URL on the next line). */
function gathered(code: string, language: Language | undefined): string[] {
  const text = `${code}\nconst hook = "${discord.url}";\n`;
  const found = detector.detect(Buffer.from(text), { language });
  const m = found.find((x) => x.ruleId === 'discord-webhook');
  return [...(m?.context?.sends ?? []), ...(m?.context?.hints ?? [])];
}

function expectedPhrase(r: Row, text: string): string | undefined {
  const m = new RegExp(r.source, r.ignoreCase ? 'i' : '').exec(text);
  return m ? r.what.replace('$&', m[0].replace(/\s+/g, ' ')).replace('$1', m[1] ?? '') : undefined;
}

describe('patterns/evidence', () => {
  it('has the families the issue names, each with indicators', () => {
    expect(families.map((f) => f.family).sort()).toEqual(
      ['credentials', 'environment', 'forwarding', 'host-fingerprint', 'keystrokes', 'obfuscation', 'persistence', 'screen-clipboard', 'stored-credentials'].sort(),
    );
    expect(rows.length).toBeGreaterThanOrEqual(30);
  });

  it('src/detect/evidence-data.ts is generated from the YAML (npm run evidence)', () => {
    expect(readFileSync(EVIDENCE_MODULE, 'utf8')).toBe(renderEvidenceModule());
  });

  const examples = rows.flatMap((r) => r.examples.map((e) => [`${r.family}/${r.id}`, e, r] as const));
  it.each(examples)('%s finds: %s', (_name, example, r) => {
    const phrase = expectedPhrase(r, example);
    expect(phrase, 'the example does not match its own regex').toBeDefined();
    const language = r.languages.includes('any') ? undefined : r.languages[0];
    expect(gathered(example, language)).toContain(phrase);
  });

  const negatives = rows.flatMap((r) => r.negatives.map((n) => [`${r.family}/${r.id}`, n, r] as const));
  it.each(negatives)('%s ignores: %s', (_name, negative, r) => {
    expect(expectedPhrase(r, negative)).toBeUndefined();
    const language = r.languages.includes('any') ? undefined : r.languages[0];
    const own = new Set(rows.filter((x) => x.id === r.id).map((x) => x.what.split(' (')[0]));
    expect(gathered(negative, language).filter((p) => own.has(p.split(' (')[0]))).toEqual([]);
  });

  it('an indicator runs only in files of its languages (or of an unknown language)', () => {
    expect(gathered('requests.post(u, json=dict(os.environ))', 'python')).toContain('os.environ');
    expect(gathered('requests.post(u, json=dict(os.environ))', 'javascript')).not.toContain('os.environ');
    expect(gathered('requests.post(u, json=dict(os.environ))', undefined)).toContain('os.environ');
    expect(languageOf('src/a.py')).toBe('python');
    expect(languageOf('pkg.tgz!package/index.js')).toBe('javascript');
    expect(languageOf('C:\\x\\run.PS1')).toBe('powershell');
    expect(languageOf('Makefile')).toBeUndefined();
  });
});

describe('weak evidence', () => {
  const discordTarget = { providerName: 'Discord', kind: 'credential' as const };
  it('one host fact next to a webhook is a monitoring alert, not exfiltration', () => {
    expect(assessExfil({ hints: ['host and user information (os.hostname())'] }, 'alert.js', discordTarget).exfil).toBe(false);
    const code = 'await fetch(hook, { method: "POST", body: JSON.stringify({ content: `disk full on ${os.hostname()}` }) });';
    expect(gathered(code, 'javascript')).toEqual(['host and user information (os.hostname())']);
  });
  it('two host facts, or one beside stronger evidence, are', () => {
    expect(assessExfil({ hints: ['host and user information (os.hostname())', 'the public IP address (api.ipify.org)'] }, 'x.js', discordTarget)).toEqual({
      exfil: true,
      evidence: ['posts host and user information (os.hostname()) and the public IP address (api.ipify.org) to a Discord webhook'],
      confidence: 'medium',
    });
    expect(assessExfil({ sends: ['process.env'], hints: ['the hardware id (hwid)'] }, 'x.js', discordTarget).evidence).toEqual(['posts process.env and the hardware id (hwid) to a Discord webhook']);
    expect(assessExfil({ hints: ['host and user information (os.getlogin())'] }, 'evil.pth', discordTarget).evidence[0]).toContain('from a .pth file');
  });
});

describe('the evidence loader', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hookscan-evidence-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string) => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, name), text);
  };
  const base = (indicator: string) => `family: keystrokes\nname: Keys\ndescription: keys\nindicators:\n${indicator}`;
  it.each([
    ['an unknown language', base("- id: k\n  what: keystrokes\n  languages: [cobol]\n  regex: 'x'\n  examples: [x]\n"), /keystrokes\.yaml: indicators\[0\]\.languages: unknown language 'cobol'/],
    ['a regex that does not compile', base("- id: k\n  what: keystrokes\n  languages: [any]\n  regex: '(x'\n  examples: [x]\n"), /indicators\[0\]\.regex: /],
    ['no example', base("- id: k\n  what: keystrokes\n  languages: [any]\n  regex: 'x'\n"), /indicators\[0\]\.examples: at least one example/],
    ['an unknown key', base("- id: k\n  what: keystrokes\n  languages: [any]\n  regex: 'x'\n  examples: [x]\n  colour: red\n"), /indicators\[0\]\.colour: unknown key/],
  ])('names the file and the field: %s', (_why, text, error) => {
    write('keystrokes.yaml', text);
    expect(() => readEvidence(dir)).toThrow(error);
  });
});
