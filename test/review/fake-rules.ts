/** Small stand-in rules for engine and options tests, independent of the real packs. */
import type { ChangesetRule, FileRule, LineRule, Pack, RuleMeta, Severity, Tier } from '../../src/review/types'

export interface FakeMeta {
  pack?: Pack
  tier?: Tier
  severity?: Severity
  languages?: RuleMeta['languages']
}

export function fakeMeta(id: string, meta: FakeMeta = {}): RuleMeta {
  return {
    id,
    title: `Fake ${id}`,
    severity: meta.severity ?? 'minor',
    category: 'bug',
    pack: meta.pack ?? 'bugs',
    tier: meta.tier ?? 'core',
    languages: meta.languages ?? '*',
    description: `Fake rule ${id} for tests.`,
    examples: { bad: 'TODO', good: 'done' },
  }
}

/** Flags every added line containing `needle`. */
export function lineRule(id: string, needle: string, meta: FakeMeta = {}): LineRule {
  return {
    kind: 'line',
    meta: fakeMeta(id, meta),
    check: (ctx) => (ctx.line.text.includes(needle) ? { line: ctx.line.newLine, message: `found ${needle}` } : undefined),
  }
}

export function fileRule(id: string, check: FileRule['check'], meta: FakeMeta = {}): FileRule {
  return { kind: 'file', meta: fakeMeta(id, meta), check }
}

export function changesetRule(id: string, check: ChangesetRule['check'], meta: FakeMeta = {}): ChangesetRule {
  return { kind: 'changeset', meta: fakeMeta(id, meta), check }
}
