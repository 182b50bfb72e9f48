import type { ReportingDescriptor } from 'sarif'
import type { Category, RuleMeta, Severity, Tier } from '../review/types'
import { ruleHelpUri } from './links'
import { codeBlock, formatBlock, trimTrailingNewlines } from './markdown-escape'
import { compareText, sortFindings } from './order'
import { cleanText } from './sanitize'
import type { ReportFinding, ReportInput } from './types'

export type SarifLevel = 'error' | 'warning' | 'note'

export const SARIF_LEVEL: Record<Severity, SarifLevel> = { critical: 'error', major: 'error', minor: 'warning', info: 'note' }

/** GitHub code scanning ranks security alerts by this CVSS-like score (a string holding a number). */
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.0', major: '7.0', minor: '4.0', info: '1.0' }

/** Strict-tier rules are the nags most likely to be wrong about a given line. */
const PRECISION: Record<Tier, string> = { core: 'high', recommended: 'medium', strict: 'low' }

const MAX_EXAMPLE_LINES = 30

export interface SarifRuleTable {
  rules: ReportingDescriptor[]
  /** Rule id → index in `rules`, for `result.ruleIndex`. */
  indexOf: ReadonlyMap<string, number>
}

/**
 * Every catalog rule, so code scanning knows the whole rule set, plus a descriptor for each
 * rule id that only findings know (AI reviewer findings, rules since removed). Sorted by id.
 */
export function buildSarifRules(input: ReportInput): SarifRuleTable {
  const byId = new Map<string, ReportingDescriptor>()
  for (const meta of input.rules) byId.set(meta.id, catalogDescriptor(meta, input.origin))
  // Most severe finding first, so a synthesised rule takes the strongest level it was seen at.
  for (const finding of sortFindings(input.findings)) {
    if (!byId.has(finding.rule_id)) byId.set(finding.rule_id, findingDescriptor(finding))
  }
  const rules = [...byId.values()].sort((a, b) => compareText(a.id, b.id))
  return { rules, indexOf: new Map(rules.map((rule, index) => [rule.id, index])) }
}

function catalogDescriptor(meta: RuleMeta, origin: string): ReportingDescriptor {
  const helpUri = ruleHelpUri(origin, meta.id)
  const bad = clipExample(meta.examples.bad)
  const good = clipExample(meta.examples.good)
  return {
    id: meta.id,
    name: pascalCase(meta.id),
    shortDescription: { text: meta.title },
    fullDescription: { text: meta.description },
    help: {
      text: `${meta.description}\n\nBad:\n${bad}\n\nGood:\n${good}\n\nMore: ${helpUri}`,
      markdown: [
        formatBlock(meta.description),
        '**Bad**',
        codeBlock(bad),
        '**Good**',
        codeBlock(good),
        `[Rule documentation](${helpUri})`,
      ].join('\n\n'),
    },
    helpUri,
    defaultConfiguration: { level: SARIF_LEVEL[meta.severity] },
    properties: ruleProperties(meta.category, meta.severity, [meta.pack, `tier:${meta.tier}`, ...(meta.cwe ?? []).map(cweTag)], PRECISION[meta.tier]),
  }
}

/** `CWE-89` → `external/cwe/cwe-089`: the tag GitHub code scanning and other SARIF viewers read a rule's CWE from. */
export function cweTag(cwe: string): string {
  return `external/cwe/cwe-${cwe.replace(/^CWE-/i, '').padStart(3, '0')}`
}

/** No catalog entry means no docs page either, so no `helpUri` that would 404. */
function findingDescriptor(finding: ReportFinding): ReportingDescriptor {
  const ai = finding.source === 'ai'
  const description = ai
    ? 'Reported by the AI reviewer, which has no catalog entry for it; read the result message for details.'
    : "This rule is not in the running service version's catalog; read the result message for details."
  return {
    id: finding.rule_id,
    name: pascalCase(finding.rule_id),
    shortDescription: { text: ai ? `AI reviewer: ${finding.rule_id}` : finding.rule_id },
    fullDescription: { text: description },
    help: { text: description, markdown: formatBlock(description) },
    defaultConfiguration: { level: SARIF_LEVEL[finding.severity] },
    properties: ruleProperties(finding.category, finding.severity, ai ? ['ai'] : [], 'medium'),
  }
}

function ruleProperties(category: Category, severity: Severity, tags: string[], precision: string) {
  return {
    category,
    tags: [...new Set([category, ...tags])],
    precision,
    ...(category === 'security' ? { 'security-severity': SECURITY_SEVERITY[severity] } : {}),
  }
}

/**
 * Some examples are whole files (a rule about file size): every upload would carry them. A `bad`
 * example may show a credential, so examples are cleaned like every other text in a report.
 */
function clipExample(example: string): string {
  const lines = trimTrailingNewlines(example).split('\n')
  const clipped = lines.length <= MAX_EXAMPLE_LINES ? lines : [...lines.slice(0, MAX_EXAMPLE_LINES), `… ${lines.length - MAX_EXAMPLE_LINES} more lines`]
  return cleanText(clipped.join('\n'))
}

/** `python/sql-injection` → `PythonSqlInjection`, the shape SARIF viewers expect in `name`. */
export function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('')
}
