import type { Rule } from '../../types'
import { blanketLintSuppression } from './blanket-lint-suppression'
import { commentedOutCode } from './commented-out-code'
import { consoleLog } from './console-log'
import { debuggerStatement } from './debugger-statement'
import { longLine } from './long-line'
import { mergeConflictMarker } from './merge-conflict-marker'
import { oversizedFile } from './oversized-file'
import { printStatement } from './print-statement'
import { todoComment } from './todo-comment'

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
