/** The active rules grouped by kind and language once per review, not once per line. */
import type { ChangesetRule, FileRule, Language, LineRule, Rule } from './types'

function appliesTo(rule: Rule, language: Language): boolean {
  const languages = rule.meta.languages
  return languages === '*' || (Array.isArray(languages) && languages.includes(language))
}

export class RulePlan {
  readonly changeset: readonly ChangesetRule[]
  private readonly line: readonly LineRule[]
  private readonly file: readonly FileRule[]
  private readonly byLanguage = new Map<Language, { line: LineRule[]; file: FileRule[] }>()

  constructor(rules: readonly Rule[]) {
    this.line = rules.filter((r): r is LineRule => r.kind === 'line')
    this.file = rules.filter((r): r is FileRule => r.kind === 'file')
    this.changeset = rules.filter((r): r is ChangesetRule => r.kind === 'changeset')
  }

  lineRulesFor(language: Language): readonly LineRule[] {
    return this.forLanguage(language).line
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
