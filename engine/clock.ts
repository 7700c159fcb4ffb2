// Time for the engine. Transitions are stored with due times and completed lazily whenever the engine is
// touched, so the clock only has to answer "what time is it": real time, or a manual clock that tests and
// simulations advance explicitly.
export interface Clock {
  now(): number;
  readonly kind: 'real' | 'manual';
}

export class RealClock implements Clock {
  readonly kind = 'real' as const;
  now(): number {
    return Date.now();
  }
}

export class ManualClock implements Clock {
  readonly kind = 'manual' as const;
  private t: number;
  constructor(start: number | Date = Date.UTC(2026, 0, 1)) {
    this.t = typeof start === 'number' ? start : start.getTime();
  }
  now(): number {
    return this.t;
  }
  advance(ms: number): number {
    if (!(ms >= 0)) throw new RangeError(`advance takes a non-negative number of milliseconds, got ${ms}`);
    this.t += ms;
    return this.t;
  }
  set(t: number): void {
    this.t = t;
  }
}

/**
 * The engine's clock: real or manual, switchable at run time (the control API's clock switch). A manual
 * clock handed in by a test stays the one that is advanced.
 */
export class SwitchableClock implements Clock {
  private readonly manual: ManualClock;
  private mode: 'real' | 'manual';
  constructor(initial: Clock) {
    this.manual = initial instanceof ManualClock ? initial : new ManualClock(Date.now());
    this.mode = initial instanceof ManualClock ? 'manual' : 'real';
  }
  get kind(): 'real' | 'manual' {
    return this.mode;
  }
  now(): number {
    return this.mode === 'manual' ? this.manual.now() : Date.now();
  }
  advance(ms: number): number {
    if (this.mode !== 'manual') throw new RangeError('the clock is real; switch it to manual before advancing it');
    return this.manual.advance(ms);
  }
  /**
   * Freezes time at `at` (default: now) and from then on moves only when advanced (the same manual clock
   * throughout).
   */
  useManual(at = this.now()): void {
    this.manual.set(at);
    this.mode = 'manual';
  }
  useReal(): void {
    this.mode = 'real';
  }
}
