/** Report renderers: pure functions from a `ReportInput` to a document, no I/O. */
export { renderMarkdown } from './markdown'
export { renderRdjson, type RdjsonDiagnostic, type RdjsonResult } from './rdjson'
export { renderSarif } from './sarif'
export type { ReportFinding, ReportInput, ReportSummary } from './types'
