/** What a file's path says about its code: test code, development or example code. */
import type { FileUnderReview } from '../types'

const TEST_PATH =
  /(?:^|\/)(?:tests?|__tests__|__mocks__|spec|specs|testing|e2e|cypress|playwright)\/|(?:^|\/)test_[^/]*\.py$|_test\.(?:py|go|rb|exs?)$|\.(?:test|spec|e2e-spec|cy)\.[cm]?[jt]sx?$|(?:^|\/)conftest\.py$|_spec\.rb$|Tests?\.(?:java|kt|cs|swift)$|(?:^|\/)src\/test\//

/**
 * Test code by path, wider than the engine's `file.isTest` (`testing/`, `playwright/`,
 * `src/test/`, `.e2e-spec.ts`, `.cy.ts`), for rules that concern production code only.
 */
export function isTestLikePath(path: string): boolean {
  return TEST_PATH.test(path)
}

/** The file is test code by either measure. */
export function isTestCode(file: Pick<FileUnderReview, 'isTest' | 'path'>): boolean {
  return file.isTest || TEST_PATH.test(file.path)
}

const DEV_PATH =
  /(?:^|[/._-])(?:tests?|specs?|__tests__|dev|develop|development|local|example|examples|sample|samples|demo|debug|e2e|fixtures?|mocks?|testing|playground|sandbox)(?:[/._-]|$)/i

/** Paths that are obviously for tests, local development or documentation examples. */
export function isDevOrTestPath(path: string): boolean {
  return DEV_PATH.test(path)
}
