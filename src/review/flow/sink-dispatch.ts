/**
 * Which sink matchers each event of a file goes to. Matchers that declare a scope (`scoped` in
 * sinks/common.ts) get only the event kinds they read, and only in files whose new side holds
 * one of their needle words (found by the shared needle scan, so a file costs one pass however
 * many matchers ask; over the whole file when the client sent it, since the analysis then reads
 * lines outside the hunks). The rest see every event. Order is the table's, so the findings are those
 * of calling every matcher on every event.
 */
import { fileGate } from '../needles'
import type { FileUnderReview } from '../types'
import type { FlowEvent } from './events'
import type { Matcher } from './sinks/common'

type Kind = FlowEvent['kind']
export type MatchersByKind = Readonly<Record<Kind, readonly Matcher[]>>

// A record, so a new event kind that is not listed here fails to compile.
const KINDS: Record<Kind, true> = { call: true, store: true, return: true, 'jsx-attr': true, bind: true, compare: true }

export function sinkDispatch(matchers: readonly Matcher[]): (file: FileUnderReview, wholeText?: string) => MatchersByKind {
  // Gates are registered now, at module load, not in the middle of a review (a new needle resets the scan tables).
  const gates = matchers.map((m) => {
    const words = m.scope?.needles
    return words && words.length > 0 && words.every((w) => /^[\x00-\x7f]{2,}$/.test(w)) ? fileGate(words) : undefined
  })
  const open = matchers.map(() => true)
  const everywhere = byKind(matchers, open)
  if (gates.every((g) => g === undefined)) return () => everywhere
  // Files fall into few patterns of open and closed matchers: each table is built once per pattern.
  const tables = new Map<string, MatchersByKind>()
  return (file, wholeText) => {
    let key = ''
    for (let i = 0; i < gates.length; i++) {
      open[i] = gates[i]?.(file, wholeText) ?? true
      key += open[i] ? '1' : '0'
    }
    let table = tables.get(key)
    if (!table) tables.set(key, (table = byKind(matchers, open)))
    return table
  }
}

function byKind(matchers: readonly Matcher[], open: readonly boolean[]): MatchersByKind {
  const out = {} as Record<Kind, Matcher[]>
  for (const kind of Object.keys(KINDS) as Kind[]) out[kind] = matchers.filter((m, i) => open[i] && (m.scope?.kinds === undefined || m.scope.kinds.includes(kind)))
  return out
}
