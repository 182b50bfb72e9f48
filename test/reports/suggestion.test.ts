import { describe, it } from 'vitest'
import { replacementLine, suggestionCode } from '../../src/reports/suggestion'

describe('replacementLine', () => {
  it.for([
    ['```suggestion\n    if user is None:\n```', '    if user is None:'],
    ['```suggestion\r\n\tx = 1\r\n```\n', '\tx = 1'],
    ['~~~suggestion\nx = 1\n~~~', 'x = 1'],
    ['```suggestion\na\nb\n```', null],
    ['```suggestion\n```', null],
    ['```suggestion\n  \n```', null],
    ['```python\nx = 1\n```', null],
    ['`x = 1`', null],
    ['x = 1', null],
    ['Use `x = 1` instead.', null],
    ['Fix it:\n```suggestion\nx = 1\n```', null],
    [null, null],
  ] as const)('reads %j as %j', ([suggestion, expected], { expect }) => {
    expect(replacementLine(suggestion)).toBe(expected)
  })
})

describe('suggestionCode', () => {
  it.for([
    ['```suggestion\n    if user is None:\n```', '    if user is None:'],
    ['```python\nimport os\nkey = os.environ["KEY"]\n```', 'import os\nkey = os.environ["KEY"]'],
    ['`if user is None:`', 'if user is None:'],
    ['const key = env.API_KEY;', 'const key = env.API_KEY;'],
    ['crypto.randomUUID()', 'crypto.randomUUID()'],
    ['Read it from the environment (see docs).', null],
    ['Use `is None` instead of `== None`.', null],
    ['`a` and `b`', null],
    ['Remove the call.', null],
    [null, null],
  ] as const)('reads %j as %j', ([suggestion, expected], { expect }) => {
    expect(suggestionCode(suggestion)).toBe(expected)
  })
})
