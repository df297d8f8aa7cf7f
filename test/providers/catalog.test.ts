// Provider knowledge lives in the pattern files: which rules each verifier checks and each revoker
// acts on (verify / revoke), and the hosts they may call (hosts / api-hosts), compiled into
// src/providers/catalog-data.ts. The module is fresh, and the registry agrees with the files.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without types
import { CATALOG_MODULE, renderCatalogModule } from '../../scripts/build-catalog.mjs';
import { hostListed } from '../../src/host-name.js';
import { loadProviders } from '../../src/patterns/index.js';
import { REVOKERS, VERIFIERS } from '../../src/providers/index.js';

const providers = loadProviders();
const patterns = providers.flatMap((p) => p.patterns);

describe('the provider catalog', () => {
  it('src/providers/catalog-data.ts is generated from patterns/*.yaml (npm run catalog)', () => {
    expect(readFileSync(CATALOG_MODULE, 'utf8')).toBe(renderCatalogModule());
  });

  it('every verify: true rule has its verifier, and a verifier checks exactly those rules', () => {
    const marked = patterns.filter((p) => p.verify).map((p) => p.id).sort();
    expect(VERIFIERS.flatMap((v) => v.ruleIds).sort()).toEqual(marked);
    for (const v of VERIFIERS) for (const id of v.ruleIds) expect(patterns.find((p) => p.id === id)?.provider, id).toBe(v.provider);
  });

  it('every revoke: true rule has its revoker, and a revoker acts on exactly those rules', () => {
    const marked = patterns.filter((p) => p.revoke).map((p) => p.id).sort();
    expect(REVOKERS.flatMap((r) => r.ruleIds).sort()).toEqual(marked);
  });

  it("a verifier may call the host of every example URL of its rules (the pattern file's hosts)", () => {
    for (const v of VERIFIERS.filter((x) => !x.selfHosted)) {
      for (const id of v.ruleIds) {
        for (const ex of patterns.find((p) => p.id === id)!.examples) {
          const host = /https?:\/\/([^/:?#\s"']+)/.exec(ex.text)?.[1];
          if (host) expect(hostListed(host, v.hosts), `${id}: ${host}`).toBe(true);
        }
      }
    }
  });

  it('revokers with an admin API call its hosts, named in the pattern file (api-hosts)', () => {
    const make = REVOKERS.find((r) => r.provider === 'make')!;
    expect(hostListed('eu1.make.com', make.hosts)).toBe(true);
    expect(hostListed('evil.example.com', make.hosts)).toBe(false);
    const azure = REVOKERS.find((r) => r.provider === 'azure-logic-apps')!;
    expect(hostListed('management.azure.com', azure.hosts)).toBe(true);
    expect(providers.find((p) => p.id === 'azure-logic-apps')!.apiHosts).toContain('management.azure.com');
  });
});
