import type { Rule } from '../../types'
import { blanketLintSuppression } from './blanket-lint-suppression'
import { commentedOutCode } from './commented-out-code'
import { debuggerStatement } from './debugger-statement'
import { consoleLog } from './js-console-log'
import { longLine } from './long-line'
import { mergeConflictMarker } from './merge-conflict-marker'
import { oversizedFile } from './oversized-file'
import { printStatement } from './python-print-statement'
import { todoComment } from './todo-comment'

/** Most severe first: conflict markers (core), breakpoints, debug output, then style nags. */
export const hygieneRules: Rule[] = [
  mergeConflictMarker,
  debuggerStatement,
  consoleLog,
  printStatement,
  blanketLintSuppression,
  commentedOutCode,
  todoComment,
  oversizedFile,
  longLine,
]
