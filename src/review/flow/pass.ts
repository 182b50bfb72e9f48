/** What a language pass needs from the file being analysed. */
import type { SNode } from '../syntax/tree'
import type { FlowEvent } from './events'

export interface PassContext {
  text: string
  path: string
  rowOf(offset: number): number
  /** Whether any line of `node` was added by the change. */
  addedIn(node: SNode): boolean
  emit(event: FlowEvent): void
  budget: Budget
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
