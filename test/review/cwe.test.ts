import { describe, it } from 'vitest'
import { ruleCatalog } from '../../src/review'
import { RULE_CWE } from '../../src/review/cwe'
import { cweTag } from '../../src/reports/sarif-rules'

// Code scanning, dashboards and audits group findings by CWE: the catalogue must say which weakness each rule reports.
describe('CWE ids of the rules', () => {
  const catalogue = ruleCatalog()

  it('every security rule names at least one CWE, each well formed and listed once', ({ expect }) => {
    const missing = catalogue.filter((r) => r.category === 'security' && !r.cwe?.length).map((r) => r.id)
    expect(missing).toEqual([])
    for (const rule of catalogue) {
      for (const id of rule.cwe ?? []) expect(id, rule.id).toMatch(/^CWE-[1-9]\d{1,3}$/)
      expect(new Set(rule.cwe).size, rule.id).toBe(rule.cwe?.length ?? 0)
    }
  })

  it('names no rule the catalogue does not have, and gives style and hygiene rules none', ({ expect }) => {
    const ids = new Set(catalogue.map((r) => r.id))
    expect(Object.keys(RULE_CWE).filter((id) => !ids.has(id))).toEqual([])
    const nagging = catalogue.filter((r) => (r.category === 'style' || r.category === 'maintainability' || r.category === 'testing') && r.cwe?.length)
    expect(nagging.map((r) => r.id)).toEqual([])
  })

  it('reads the weakness each kind of flaw is filed under', ({ expect }) => {
    const cwe = (id: string) => catalogue.find((r) => r.id === id)?.cwe
    expect(cwe('python/sql-injection')).toEqual(['CWE-89'])
    expect(cwe('js/shell-injection')).toEqual(['CWE-78'])
    expect(cwe('js/xss-sink')).toEqual(['CWE-79'])
    expect(cwe('python/path-traversal')).toEqual(['CWE-22'])
    expect(cwe('crypto/auth-check-removed')?.[0]).toBe('CWE-862')
    expect(cwe('python/finally-control-flow')).toEqual(['CWE-584'])
    expect(cwe('hygiene/long-line')).toEqual([])
  })

  it('is written as the code scanning tag SARIF viewers filter on', ({ expect }) => {
    expect(cweTag('CWE-89')).toBe('external/cwe/cwe-089')
    expect(cweTag('CWE-1321')).toBe('external/cwe/cwe-1321')
    expect(cweTag('CWE-22')).toBe('external/cwe/cwe-022')
  })
})
