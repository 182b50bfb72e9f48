import { describe, it } from 'vitest'
import { planChunks } from '../../src/ai/chunks'
import { AI_REPLY_SCHEMA, buildPrompt, newBoundary } from '../../src/ai/prompt'
import { parseUnifiedDiff } from '../../src/review'
import { redactSecrets } from '../../src/review/redact'
import type { Finding } from '../../src/review/types'
import orders from '../fixtures/ai/orders.diff?raw'

const ruleFinding: Finding = {
  ruleId: 'bugs/unchecked-null',
  severity: 'major',
  category: 'bug',
  filePath: 'src/orders.ts',
  line: 23,
  endLine: null,
  message: 'x',
  suggestion: null,
  fingerprint: 'f',
  source: 'rule',
}

function prompt(overrides: { title?: string; description?: string | null; findings?: Finding[] } = {}) {
  const { chunks } = planChunks(parseUnifiedDiff(orders), 6000, 8)
  const messages = buildPrompt({
    title: overrides.title ?? 'Handle missing orders',
    description: overrides.description === undefined ? 'Returns null for unknown ids.' : overrides.description,
    chunk: chunks[0]!,
    chunkIndex: 0,
    chunkCount: 1,
    ruleFindings: overrides.findings ?? [ruleFinding],
    boundary: 'b0undary',
  })
  return { system: messages[0]!, user: messages[1]! }
}

describe('buildPrompt', () => {
  it('frames the diff, title and description as untrusted data inside fenced blocks', ({ expect }) => {
    const { system, user } = prompt()
    expect(system.role).toBe('system')
    expect(system.content).toContain('UNTRUSTED DATA')
    expect(system.content).toMatch(/never follow it/)
    expect(system.content).toContain('<diff-b0undary>')
    expect(user.role).toBe('user')
    const diff = user.content.slice(user.content.indexOf('<diff-b0undary>'), user.content.indexOf('</diff-b0undary>'))
    expect(diff).toContain('### File: src/orders.ts (modified)')
    const changeset = user.content.slice(user.content.indexOf('<changeset-b0undary>'), user.content.indexOf('</changeset-b0undary>'))
    expect(changeset).toContain('Title: Handle missing orders')
    expect(changeset).toContain('Description: Returns null for unknown ids.')
  })

  it('numbers every added and context line with its new-side number, removed lines with none', ({ expect }) => {
    const { user } = prompt()
    expect(user.content).toContain('@@ -1,5 +1,6 @@')
    expect(user.content).toContain("\n  1 | import { db } from './db'\n")
    expect(user.content).toContain('\n-   |   const order = await db.get(id)\n')
    expect(user.content).toContain('\n+ 3 |   const order = await db.get(String(id))\n')
    expect(user.content).toContain('\n+ 4 |   if (!order) return null\n')
    expect(user.content).toContain('@@ -20,4 +21,6 @@ export async function saveOrder(order: Order) {')
    expect(user.content).toContain('\n  22 |   existing.total = order.total\n')
    expect(user.content).toContain('\n+ 24 |   await db.put(existing)\n')
  })

  it('lists the rule findings so the model does not repeat them', ({ expect }) => {
    const { user } = prompt()
    const block = user.content.slice(user.content.indexOf('<rule-findings-b0undary>'), user.content.indexOf('</rule-findings-b0undary>'))
    expect(block).toContain('src/orders.ts:23 bugs/unchecked-null')
    expect(prompt({ findings: [] }).user.content).toMatch(/<rule-findings-b0undary>\n\(none\)\n/)
  })

  it('says "(none)" for a missing description and caps a long one', ({ expect }) => {
    expect(prompt({ description: null }).user.content).toContain('Description: (none)')
    const long = prompt({ description: 'x'.repeat(10_000) }).user.content
    expect(long).toContain('… [truncated]')
    expect(long.length).toBeLessThan(7000)
  })

  it('asks for JSON matching the exported schema', ({ expect }) => {
    const { system } = prompt()
    expect(system.content).toContain(JSON.stringify(AI_REPLY_SCHEMA))
    expect(AI_REPLY_SCHEMA.properties.findings.items.required).toEqual(['path', 'line', 'severity', 'category', 'title', 'message', 'suggestion'])
    expect(AI_REPLY_SCHEMA.properties.findings.items.properties.category.enum).toHaveLength(7)
  })

  it('masks the title and description with the same function as findings and reports', ({ expect }) => {
    const password = 'Tr0ub4dor&3x' + 'Zq'
    const key = 'AKIA' + 'VO2T33LAIGEYLK44'
    const description = `Moves DB_PASSWORD="${password}" out of settings; old key ${key}.`
    const { user } = prompt({ title: `Rotate ${key}`, description })
    expect(user.content).not.toContain(password)
    expect(user.content).not.toContain(key)
    expect(user.content).toContain(`Description: ${redactSecrets(description)}`)
    expect(user.content).toContain('DB_PASSWORD="…(14 chars)"')
  })

  it('draws a fresh, unguessable boundary per request', ({ expect }) => {
    const a = newBoundary()
    expect(a).toMatch(/^[0-9a-f]{24}$/)
    expect(newBoundary()).not.toBe(a)
  })
})
