/** Variable environments for the def-use pass: one per function, copied at branches and merged after. */
import type { SNode } from '../syntax/tree'
import type { FunctionFacts } from './events'
import { join, type Value } from './value'

export class Env {
  constructor(
    readonly vars: Map<string, Value>,
    /** The module's names (imports, constants), read when a function has no binding of its own. */
    readonly outer: Env | undefined,
    /** The environment this one was forked from: read through, never written. */
    private readonly base?: Env,
    private readonly depth = 0,
  ) {}

  static root(): Env {
    return new Env(new Map(), undefined)
  }

  get(name: string): Value | undefined {
    const own = this.vars.get(name)
    if (own !== undefined) return own
    return this.base ? this.base.get(name) : this.outer?.get(name)
  }

  has(name: string): boolean {
    return this.get(name) !== undefined
  }

  set(name: string, value: Value): void {
    this.vars.set(name, value)
  }

  /**
   * An assignment inside a callback to a variable of an enclosing function (`raw += chunk` in
   * `req.on('data', …)`): the enclosing binding may now hold the value too, so callbacks analysed
   * after this one see it. Joined, never replaced: the callback may not run.
   */
  assignThrough(name: string, value: Value): void {
    if (this.vars.has(name) || this.base?.has(name)) return
    for (let e = this.outer; e; e = e.outer) {
      const prior = e.vars.get(name)
      if (prior === undefined) continue
      if (e.outer !== undefined) e.vars.set(name, join(prior, value))
      return
    }
  }

  /**
   * A branch's environment. Forks are layers over this one (so a branch costs what it assigns,
   * not the size of the scope); deep chains are flattened so reads stay cheap.
   */
  fork(): Env {
    if (this.depth < 8) return new Env(new Map(), this.outer, this, this.depth + 1)
    const flat = new Map<string, Value>()
    this.flattenInto(flat)
    return new Env(flat, this.outer)
  }

  private flattenInto(flat: Map<string, Value>): void {
    this.base?.flattenInto(flat)
    for (const [k, v] of this.vars) flat.set(k, v)
  }

  child(): Env {
    return new Env(new Map(), this)
  }

  /** After `if a: ... else: ...`: each name holds whatever either branch left in it. */
  mergeFrom(...branches: Env[]): void {
    const names = new Set<string>()
    for (const b of branches) for (const k of b.vars.keys()) names.add(k)
    for (const name of names) {
      let merged: Value | undefined
      let first = true
      for (const b of branches) {
        const v = b.get(name)
        merged = first ? v : join(merged, v)
        first = false
      }
      if (merged) this.vars.set(name, merged)
    }
  }
}

/** A nested function waiting to be analysed with the environment it closed over. */
export interface PendingFunction {
  node: SNode
  env: Env
  facts: FunctionFacts
  /** Parameter values decided by the enclosing code (a route's path parameters, `req`). */
  params?: Map<string, Value>
  /** Values for positional parameters, bound through destructuring (a callback's element or resolved value). */
  positional?: Map<number, Value>
}
