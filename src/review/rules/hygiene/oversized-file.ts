// Flags a single file that adds more than 1000 lines. Known false positives: fixtures, migrations and
// generated code kept under paths the engine does not recognise as generated.
import type { FileRule } from '../../types'
import { CODE_LANGUAGES } from './util'

const LIMIT = 1000
const DATA_PATH = /(?:^|\/)(?:fixtures?|testdata|__fixtures__|migrations?|generated|gen|mocks?|stubs?)\/|\.d\.ts$|_pb2\.py$|\.pb\.go$/i

export const oversizedFile: FileRule = {
  kind: 'file',
  meta: {
    id: 'hygiene/oversized-file',
    title: 'Very large file added',
    severity: 'info',
    category: 'maintainability',
    pack: 'hygiene',
    tier: 'strict',
    languages: CODE_LANGUAGES,
    description: `A single file adding more than ${LIMIT} lines is hard to review in one sitting and usually holds several responsibilities. Split it into modules with one job each, or land it in smaller steps.`,
    examples: {
      bad: Array.from({ length: LIMIT + 1 }, (_, i) => `export const value${i} = ${i}\n`).join(''),
      good: 'export function add(a, b) {\n  return a + b\n}\n',
    },
  },
  check(file) {
    const added = file.addedLines.length
    if (added <= LIMIT || DATA_PATH.test(file.path)) return []
    const first = file.addedLines[0]!
    return [
      {
        line: first.newLine,
        message: `\`${file.path}\` adds ${added.toLocaleString('en-US')} lines in one file (over ${LIMIT}), which is hard to review as a unit.`,
        suggestion: 'Split it into smaller modules by responsibility, or land it in several smaller changes.',
      },
    ]
  },
}
