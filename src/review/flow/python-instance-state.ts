/**
 * Request data kept on an instance: `self.filename = request.args["f"]` in `__init__` (or any
 * method) reaches `open(self.filename)` in another method of the same class. Attributes are keyed
 * by class, so two classes of one file that both keep a `self.path` do not mix. Methods that read
 * an attribute before any method was seen storing request data in it are read again once one is.
 */
import type { SNode } from '../syntax/tree'
import type { PendingFunction } from './scope'
import { carriedTaint, type Taint, type Value } from './value'

export class InstanceState {
  /** The class each method was defined in, by its `function_definition` node. */
  private readonly classOf = new Map<SNode, string>()
  /** What request data each `Class.attr` was given, as its carried taint. */
  private readonly stored = new Map<string, Value>()
  /** Methods that read `Class.attr` while it held no request data yet. */
  private readonly readers = new Map<string, Set<PendingFunction>>()
  private readonly reread = new Set<PendingFunction>()
  /** Taints handed out through an attribute: a helper method returning one returns request data it read itself. */
  private readonly handedOut = new WeakSet<Taint>()
  /**
   * `Class.attr` set only from a constructor parameter's literal default (`table: str = "orders"`,
   * `self.table = table`): the class's own configuration, written by its author. `undefined` once
   * any other assignment is seen.
   */
  private readonly configured = new Map<string, Value | undefined>()

  noteMethod(node: SNode, className: string): void {
    this.classOf.set(node, className)
  }

  classFor(fnNode: SNode | undefined): string | undefined {
    return fnNode ? this.classOf.get(fnNode) : undefined
  }

  /** An assignment to `self.attr`: `fixed` is the literal default it came from, or undefined for any other value. */
  noteAssignment(className: string, attr: string, fixed: Value | undefined): void {
    const key = `${className}.${attr}`
    const prior = this.configured.get(key)
    this.configured.set(key, fixed && (!this.configured.has(key) || prior?.str === fixed.str) ? fixed : undefined)
  }

  /** The literal default `Class.attr` always receives, unless request data was stored there too. */
  configuredValue(className: string, attr: string): Value | undefined {
    const key = `${className}.${attr}`
    return this.stored.has(key) ? undefined : this.configured.get(key)
  }

  /** `self.attr = value` in a method of `className`: returns the readers to read again when the attribute newly holds request data. */
  store(className: string, attr: string, value: Value): PendingFunction[] {
    if (!value.taint) return []
    const key = `${className}.${attr}`
    if (this.stored.has(key)) return []
    this.stored.set(key, carriedTaint(value))
    const again = [...(this.readers.get(key) ?? [])].filter((job) => !this.reread.has(job))
    for (const job of again) this.reread.add(job)
    this.readers.delete(key)
    return again
  }

  /** `self.attr` read in a method of `className`: the request data some method stored there, if any. */
  read(className: string, attr: string, reader: PendingFunction | undefined): Value | undefined {
    const key = `${className}.${attr}`
    const held = this.stored.get(key)
    if (held?.taint) {
      this.handedOut.add(held.taint)
      return held
    }
    if (reader) {
      let set = this.readers.get(key)
      if (!set) this.readers.set(key, (set = new Set()))
      set.add(reader)
    }
    return undefined
  }

  cameThroughInstance(taint: Taint): boolean {
    return this.handedOut.has(taint)
  }
}
