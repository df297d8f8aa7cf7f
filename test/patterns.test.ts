// Every pattern file is linted, and every example and negative example runs through the full
// matcher (keyword prefilter, RE2 over plain and decoded bytes, boundary and placeholder filter).
import { describe, expect, it } from 'vitest';
import { Detector, percentDecodeString } from '../src/detect/index.js';
import { loadProviders } from '../src/patterns/index.js';

const providers = loadProviders();
const patterns = providers.flatMap((p) => p.patterns);
const detector = new Detector(patterns);

describe('pattern files', () => {
  it('load, and every id is unique', () => {
    expect(providers.length).toBeGreaterThan(10);
    expect(new Set(patterns.map((p) => p.id)).size).toBe(patterns.length);
  });

  it('list the hosts of their provider', () => {
    for (const p of providers) expect(p.hosts.length, p.file).toBeGreaterThan(0);
  });
});

describe.each(patterns.map((p) => [p.id, p] as const))('%s', (_id, p) => {
  it('has at least two examples and two negative examples', () => {
    expect(p.examples.length).toBeGreaterThanOrEqual(2);
    expect(p.negativeExamples.length).toBeGreaterThanOrEqual(2);
  });

  it('has every keyword in some example', () => {
    for (const k of p.keywords) expect(p.examples.some((e) => e.text.toLowerCase().includes(k)), `keyword ${k}`).toBe(true);
  });

  it.each(p.examples.map((e, i) => [i, e] as const))('example %i reports the expected secret', (_i, e) => {
    const found = detector.detect(Buffer.from(e.text)).filter((m) => m.ruleId === p.id);
    expect(found.map((m) => m.secret)).toContain(percentDecodeString(e.secret));
  });

  it.each(p.negativeExamples.map((n, i) => [i, n] as const))('negative example %i stays silent', (_i, n) => {
    const found = detector.detect(Buffer.from(n)).filter((m) => m.ruleId === p.id);
    expect(found.map((m) => m.url)).toEqual([]);
  });

  it('has remediation help and a description', () => {
    expect(p.remediation.trim().length).toBeGreaterThan(20);
    expect(p.description.trim().length).toBeGreaterThan(10);
  });
});
