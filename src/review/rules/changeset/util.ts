/** Facts about test code shared by the changeset rules. */
import type { FileUnderReview, Language } from '../../types'
import { isTestCode, isTestLikePath } from '../../source'

/** Languages whose files count as source code for "was this change tested?". */
export const SOURCE_LANGUAGES: Language[] = [
  'typescript', 'javascript', 'python', 'go', 'java', 'kotlin', 'ruby', 'php', 'csharp', 'rust', 'c', 'cpp', 'swift', 'vue', 'svelte',
]

// Test code living inside source files: Rust unit-test modules, Vitest in-source tests.
const IN_SOURCE_TEST = /^\s*#\[(?:cfg\(test\)|test|tokio::test)\]|\bimport\.meta\.vitest\b/
const TEST_SUPPORT = /(?:^|\/)(?:__snapshots__|testdata|__fixtures__|test-fixtures)\/|\.snap$/

/** Whether the file is test code, or a source file whose added lines include tests. */
export function touchesTests(file: FileUnderReview): boolean {
  if (isTestCode(file) || (file.oldPath !== undefined && isTestLikePath(file.oldPath)) || TEST_SUPPORT.test(file.path)) return true
  return file.addedLines.some((l) => l.text.includes('test') && IN_SOURCE_TEST.test(l.text))
}
