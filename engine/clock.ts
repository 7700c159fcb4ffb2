// Time for the engine. Transitions are stored with due times and completed lazily whenever the engine is
// touched, so the clock only has to answer "what time is it": real time, or a manual clock that tests and
// simulations advance explicitly.
export interface Clock {
  now(): number;
  readonly kind: 'real' | 'manual';
}

export class RealClock implements Clock {
  readonly kind = 'real' as const;
  now(): number { return Date.now(); }
}

export class ManualClock implements Clock {
  readonly kind = 'manual' as const;
  private t: number;
  constructor(start: number | Date = Date.UTC(2026, 0, 1)) { this.t = typeof start === 'number' ? start : start.getTime(); }
  now(): number { return this.t; }
  advance(ms: number): number {
    if (!(ms >= 0)) throw new RangeError(`advance takes a non-negative number of milliseconds, got ${ms}`);
    this.t += ms;
    return this.t;
  }
  set(t: number): void { this.t = t; }
}
