import type { ReportCoverage } from './types'

/**
 * One sentence for readers when the report leaves findings out (earlier revisions, or more than
 * a report holds), naming where the rest are; nothing when it holds them all. Inline Markdown.
 */
export function coverageNote(coverage: ReportCoverage): string | undefined {
  const { shown, in_scope: inScope, total, max } = coverage
  const parts: string[] = []
  const earlier = coverage.scope === 'latest' ? total - inScope : 0
  if (earlier > 0) {
    const which = coverage.revision === null ? 'the latest reviewed revision' : `revision ${coverage.revision}, the latest reviewed`
    parts.push(`This report covers ${which}; ${count(earlier, 'finding')} from earlier revisions ${earlier === 1 ? 'is' : 'are'} left out (\`?scope=all\` includes them).`)
  }
  if (shown < inScope) {
    parts.push(`Showing ${shown} of ${count(inScope, 'finding')}: a report holds at most ${max}, open ones first, then dismissed, then resolved.`)
  }
  if (parts.length === 0) return undefined
  return `${parts.join(' ')} Every finding: \`GET ${coverage.findings_url}\` (paginated).`
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}
