import { toChangesetJson } from '../contracts/changeset'
import { toFindingJson } from '../contracts/finding'
import type { LoadedReport } from './load-report'
import { cleanJson } from './sanitize'

/** The JSON report: the API's changeset and finding shapes, cleaned like every other format. */
export function renderJsonReport({ view, rows, coverage }: LoadedReport, generatedAt: string) {
  return cleanJson({ changeset: toChangesetJson(view), findings: rows.map(toFindingJson), coverage, generated_at: generatedAt })
}
