/**
 * The engine's work budget. A Worker cannot time CPU-bound code (its clocks only move on I/O),
 * so the engine counts work instead: one unit is roughly one character a rule or a helper reads.
 * The count is deterministic, so the same changeset is cut at the same place on every run and
 * in every test. A file that needs more than its share is skipped with a warning; once the
 * changeset's total is spent, the files still waiting are skipped too.
 */

export interface ReviewBudget {
  /** Units a file may use per byte of its diff, on top of `fileBaseUnits`. Normal code needs 10 to 30. */
  fileUnitsPerByte: number
  fileBaseUnits: number
  /** Hard cap per file, whatever its size. */
  maxFileUnits: number
  /** Cap for the whole changeset, changeset rules included. */
  changesetUnits: number
}

// Normal code costs 10-30 units per diff byte with every rule on (`npm run bench` prints it), and
// about 150k units take a millisecond of CPU. So a file may cost ~15x what the most expensive
// normal code of its size does, and at most ~1 s; a changeset at most ~2.5 s, which keeps a batch
// of reviews well inside a queue consumer's CPU limit.
export const DEFAULT_BUDGET: ReviewBudget = {
  fileUnitsPerByte: 400,
  fileBaseUnits: 2_000_000,
  maxFileUnits: 150_000_000,
  changesetUnits: 400_000_000,
}

export type BudgetScope = 'file' | 'changeset'

/** Thrown by `spend` when the running meter is exhausted; the engine catches it around each file. */
export class BudgetExceeded extends Error {
  constructor(
    readonly scope: BudgetScope,
    readonly limit: number,
  ) {
    super(`review budget exceeded (${scope}: ${limit} work units)`)
    this.name = 'BudgetExceeded'
  }
}

export class Meter {
  used = 0

  constructor(
    readonly limit: number,
    /** Which limit `limit` is: the file's own, or what was left of the changeset's. */
    readonly scope: BudgetScope,
  ) {}
}

// The engine is synchronous and runs one file at a time, so one module-level meter is enough, and
// helpers deep inside rules can charge it without every signature carrying it.
let running: Meter | undefined

/** Charges `units` to the running meter; throws `BudgetExceeded` once it is over its limit. */
export function spend(units: number): void {
  const meter = running
  if (meter === undefined) return
  meter.used += units
  if (meter.used > meter.limit) throw new BudgetExceeded(meter.scope, meter.limit)
}

/** Runs `work` with `meter` charged by every `spend` inside it. */
export function metered<T>(meter: Meter, work: () => T): T {
  const outer = running
  running = meter
  try {
    return work()
  } finally {
    running = outer
  }
}

/** Tracks the changeset's total and hands each file a meter sized to the file and what is left. */
export class BudgetLedger {
  private used = 0

  constructor(readonly budget: ReviewBudget) {}

  get exhausted(): boolean {
    return this.used >= this.budget.changesetUnits
  }

  /** A meter for a file of `bytes` diff bytes (or for the changeset rules, with `bytes` 0). */
  open(bytes: number, own = true): Meter {
    const left = Math.max(0, this.budget.changesetUnits - this.used)
    const share = own ? Math.min(this.budget.maxFileUnits, this.budget.fileBaseUnits + this.budget.fileUnitsPerByte * bytes) : left
    return share < left ? new Meter(share, 'file') : new Meter(left, 'changeset')
  }

  close(meter: Meter): void {
    this.used += Math.min(meter.used, meter.limit)
  }
}

/** Resolves a partial budget from the caller (tests, benchmarks) against the defaults. */
export function resolveBudget(budget: Partial<ReviewBudget> | undefined): ReviewBudget {
  return { ...DEFAULT_BUDGET, ...budget }
}
