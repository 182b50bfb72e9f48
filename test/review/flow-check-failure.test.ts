/**
 * A sink check that throws on one event loses its own verdict there, not the file's analysis:
 * the other checks still see the event, the pass goes on, and the failure is named for the
 * review's warnings. A budget overrun is not a check's failure and still ends the file's work.
 */
import { describe, expect, it } from 'vitest'
import { BudgetExceeded } from '../../src/review/budget'
import { reviewChangeset } from '../../src/review/engine'
import { Dispatch } from '../../src/review/flow/analyse-file'
import type { FlowEvent, RuleFinding } from '../../src/review/flow/events'
import type { MatchersByKind } from '../../src/review/flow/sink-dispatch'
import type { MatchContext, Matcher } from '../../src/review/flow/sinks/common'
import type { SNode } from '../../src/review/syntax/tree'
import { addedDiff } from './rule-tester'

const node = { start: 0, end: 10 } as SNode
const match: MatchContext = { text: () => 'run(x)', row: () => 4, rowAt: () => 4, isTest: false, path: 'app.py', added: () => true }
const call = { kind: 'call', stmt: node, node, name: 'run', qname: 'run', args: [], argNodes: [], kwargs: new Map(), kwNodes: new Map(), isNew: false, receiver: undefined, receiverText: undefined } as unknown as FlowEvent
const finding: RuleFinding = { ruleId: 'python/shell-injection', line: 5, message: 'm', suggestion: 's' } as unknown as RuleFinding

function dispatchOf(...call: Matcher[]): { dispatch: Dispatch; findings: RuleFinding[] } {
  const findings: RuleFinding[] = []
  const matchers: MatchersByKind = { call, store: [], return: [], 'jsx-attr': [], bind: [], compare: [] }
  return { dispatch: new Dispatch(matchers, match, findings), findings }
}

describe('a sink check that throws', () => {
  it('keeps the other checks and names the failure once, with its count', () => {
    const broken: Matcher = function brokenCheck() {
      throw new TypeError("Cannot read properties of undefined (reading 'type')")
    }
    const { dispatch, findings } = dispatchOf(broken, () => finding)
    dispatch.emit(call)
    dispatch.emit(call)
    expect(findings).toEqual([finding, finding])
    expect(dispatch.failures()).toEqual(["the flow check brokenCheck failed on the call `run()` at line 5: Cannot read properties of undefined (reading 'type') (2 times)"])
  })

  it('lets a budget overrun end the work', () => {
    const over: Matcher = () => {
      throw new BudgetExceeded('file', 10)
    }
    const { dispatch } = dispatchOf(over)
    expect(() => dispatch.emit(call)).toThrow(BudgetExceeded)
  })

  it('reports nothing for a file whose checks all ran', () => {
    const path = 'app/views.py'
    const code = 'import subprocess\nfrom flask import request\n\ndef ping():\n    return subprocess.check_output("ping " + request.args["h"], shell=True)\n'
    const result = reviewChangeset([{ path, diff: addedDiff(path, code) }])
    expect(result.findings.some((f) => f.ruleId === 'python/shell-injection')).toBe(true)
    expect(result.files.flatMap((f) => f.problems).filter((p) => /flow check/.test(p.message))).toEqual([])
  })
})
