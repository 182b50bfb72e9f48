// corpus: path=src/automation/rules.ts
import vm from 'node:vm'
import jsonLogic from 'json-logic-js'

export interface Rule {
  id: string
  condition: string
  logic?: Record<string, unknown>
}

export function matchesLogic(rule: Rule, facts: Record<string, unknown>): boolean {
  return Boolean(jsonLogic.apply(rule.logic ?? {}, facts)) // ok: code-injection
}

export function matchesExpression(rule: Rule, facts: Record<string, unknown>): boolean {
  const predicate = new Function(...Object.keys(facts), `return (${rule.condition})`) // expect: code-injection
  return Boolean(predicate(...Object.values(facts)))
}

export function matchesScript(rule: Rule, facts: Record<string, unknown>): boolean {
  const script = new vm.Script(rule.condition) // expect: code-injection
  return Boolean(script.runInNewContext({ ...facts }, { timeout: 20 }))
}

const OPERATORS = { eq: (a: unknown, b: unknown) => a === b, gt: (a: number, b: number) => a > b } as const

export function matchesSimple(op: keyof typeof OPERATORS, a: never, b: never): boolean {
  return OPERATORS[op](a, b) // ok: code-injection
}
