import type { FindingRow } from '../db/schema'
import { FINDING_STATUSES } from '../db/schema'
import { SEVERITIES, SEVERITY_RANK } from '../review/types'
import type { PageFilters } from './page-view'

/** Unknown filter values are ignored rather than refused: this is a page, not an API. */
export function readFilters(query: (name: string) => string | undefined): PageFilters {
  const severity = query('severity')
  const status = query('status')
  const file = query('file')
  return {
    severity: SEVERITIES.find((s) => s === severity),
    status: FINDING_STATUSES.find((s) => s === status),
    file: file || undefined,
  }
}

/** `&severity=…&status=…&file=…` for the filters in effect. */
export function filterQuery(filters: PageFilters): string {
  return Object.entries(filters)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `&${k}=${encodeURIComponent(v as string)}`)
    .join('')
}

export function applyFilters(rows: FindingRow[], filters: PageFilters): FindingRow[] {
  return rows.filter(
    (f) =>
      (!filters.severity || f.severityRank <= SEVERITY_RANK[filters.severity]) &&
      (!filters.status || f.status === filters.status) &&
      (filters.file === undefined || f.filePath === filters.file),
  )
}
