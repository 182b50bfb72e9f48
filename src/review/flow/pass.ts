/** What a language pass needs from the file being analysed. */
import type { SNode } from '../syntax/tree'
import type { CrossFileLink } from './cross-file'
import type { FlowEvent } from './events'

export interface PassContext {
  text: string
  path: string
  rowOf(offset: number): number
  /** Whether any line of `node` was added by the change. */
  addedIn(node: SNode): boolean
  emit(event: FlowEvent): void
  budget: Budget
  /** The other files of the changeset: calls of this file's functions they made with request data, and where to send this file's. */
  crossFile?: CrossFileLink
}

/**
 * Work allowance for one file's def-use pass, counted in statements visited. Loops run twice
 * and nested functions re-read their closures, so hostile nesting could multiply the work;
 * past the allowance the pass stops and the file falls back to line rules.
 */
export class Budget {
  private left: number

  constructor(textLength: number) {
    this.left = 5000 + textLength
  }

  spend(): boolean {
    return --this.left > 0
  }

  ok(): boolean {
    return this.left > 0
  }
}

/** Answers to whole-file tests, per file: the checks that ask run for every function a pass reads. */
const FILE_TESTS = new WeakMap<PassContext, Map<RegExp, boolean>>()

/**
 * `re.test(ctx.text)`, answered once per file and pattern. Handler and framework checks run for
 * every function, and a scan of the whole text each time is quadratic in a big file. `re` must be
 * a constant without the `g` or `y` flag (those keep state between tests).
 */
export function fileHas(ctx: PassContext, re: RegExp): boolean {
  let seen = FILE_TESTS.get(ctx)
  if (!seen) FILE_TESTS.set(ctx, (seen = new Map()))
  let found = seen.get(re)
  if (found === undefined) seen.set(re, (found = re.test(ctx.text)))
  return found
}
