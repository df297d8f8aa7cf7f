/** Per-provider circuit breakers: stop a provider that does not answer, or that counts us as abusive. */
import type { BreakerPolicy, CheckResult, HttpOutcome } from '../providers/index.js';

export class ProviderBreaker {
  /** Set once the provider is stopped: the verdict for every URL of it not yet checked. */
  tripped?: CheckResult;
  private run = 0;
  private readonly times: number[] = [];
  private timeouts = 0;
  /** Requests of this provider in flight. */
  readonly pending = new Set<Promise<HttpOutcome>>();

  constructor(
    private readonly provider: string,
    private readonly policy: BreakerPolicy | undefined,
    private readonly timeoutRun: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Timeouts in a row so far. */
  get timeoutStreak(): number {
    return this.timeouts;
  }

  observe(o: HttpOutcome): void {
    if (o.kind === 'timeout') {
      this.timeouts++;
      if (this.timeouts >= this.timeoutRun && !this.tripped) {
        this.tripped = {
          status: 'unknown',
          reason: `not checked: ${this.provider} did not answer ${this.timeouts} requests in a row (timeouts), so hookscan stopped contacting it`,
        };
      }
      return;
    }
    this.timeouts = 0;
    const p = this.policy;
    if (!p || o.kind !== 'response') return;
    if (!p.statuses.includes(o.status)) {
      this.run = 0;
      return;
    }
    this.run++;
    const t = this.now();
    this.times.push(t);
    while (this.times.length && this.times[0] <= t - p.windowMs) this.times.shift();
    if (!this.tripped && (this.run >= p.run || this.times.length >= p.windowLimit)) {
      const what = this.run >= p.run ? `${this.run} answers of ${p.statuses.join('/')} in a row` : `${this.times.length} answers of ${p.statuses.join('/')} within ${Math.round(p.windowMs / 60000)} minutes`;
      this.tripped = { status: 'skipped', reason: `not checked: hookscan stopped verifying ${this.provider} after ${what} (${p.why})` };
    }
  }
}
