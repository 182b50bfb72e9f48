/** The active rules grouped by kind and language once per review, not once per line. */
import { fileGate } from './needles'
import type { ChangesetRule, FileRule, FileUnderReview, Language, LineRule, Rule } from './types'

function appliesTo(rule: Rule, language: Language): boolean {
  const languages = rule.meta.languages
  return languages === '*' || (Array.isArray(languages) && languages.includes(language))
}

/**
 * A rule's gate outlives the review: a plan is made per review, and registering the same trigger
 * again would leave one more gate behind in `needles` each time and rebuild its scan tables.
 */
const gates = new WeakMap<LineRule, (file: FileUnderReview) => boolean>()

export class RulePlan {
  readonly changeset: readonly ChangesetRule[]
  private readonly line: readonly LineRule[]
  private readonly file: readonly FileRule[]
  private readonly byLanguage = new Map<Language, { line: LineRule[]; file: FileRule[] }>()

  constructor(rules: readonly Rule[]) {
    this.line = rules.filter((r): r is LineRule => r.kind === 'line')
    this.file = rules.filter((r): r is FileRule => r.kind === 'file')
    this.changeset = rules.filter((r): r is ChangesetRule => r.kind === 'changeset')
    // Register every trigger before any file is scanned, so one scan per file serves them all.
    for (const rule of this.line) this.gateOf(rule)
  }

  /** The line rules for the file's language whose `trigger` words occur in it. */
  lineRulesFor(language: Language, file?: FileUnderReview): readonly LineRule[] {
    const rules = this.forLanguage(language).line
    if (!file) return rules
    let open: LineRule[] | undefined
    for (let i = 0; i < rules.length; i++) {
      const rule = rules[i]!
      const gate = this.gateOf(rule)
      if (gate && !gate(file)) {
        open ??= rules.slice(0, i)
        continue
      }
      open?.push(rule)
    }
    return open ?? rules
  }

  private gateOf(rule: LineRule): ((file: FileUnderReview) => boolean) | undefined {
    if (!rule.trigger) return undefined
    let gate = gates.get(rule)
    if (!gate) {
      gate = fileGate(rule.trigger)
      gates.set(rule, gate)
    }
    return gate
  }

  fileRulesFor(language: Language): readonly FileRule[] {
    return this.forLanguage(language).file
  }

  private forLanguage(language: Language) {
    let entry = this.byLanguage.get(language)
    if (!entry) {
      entry = { line: this.line.filter((r) => appliesTo(r, language)), file: this.file.filter((r) => appliesTo(r, language)) }
      this.byLanguage.set(language, entry)
    }
    return entry
  }
}
