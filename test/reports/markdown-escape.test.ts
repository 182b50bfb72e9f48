import { describe, it } from 'vitest'
import { codeBlock, codeSpan, escapeText, formatBlock, formatInline } from '../../src/reports/markdown-escape'

describe('escapeText', () => {
  it.for([
    ['plain words', 'plain words'],
    ['a | b', 'a \\| b'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['&lt; stays literal', '&amp;lt; stays literal'],
    ['*bold* _it_ ~~gone~~ [link](x) $math$', '\\*bold\\* \\_it\\_ \\~\\~gone\\~\\~ \\[link\\](x) \\$math\\$'],
    ['`tick` \\ back', '\\`tick\\` \\\\ back'],
    ['Title ##', 'Title \\#\\#'],
    ['two\nlines', 'two lines'],
  ] as const)('escapes %j', ([input, expected], { expect }) => {
    expect(escapeText(input)).toBe(expected)
  })
})

describe('codeSpan', () => {
  it.for([
    ['x = 1', '`x = 1`'],
    ['a`b', '``a`b``'],
    ['a``b`c', '```a``b`c```'],
    ['`edge`', '`` `edge` ``'],
    ['', ''],
    ['<b>|</b>', '`<b>|</b>`'],
  ] as const)('wraps %j', ([input, expected], { expect }) => {
    expect(codeSpan(input)).toBe(expected)
  })
})

describe('formatInline', () => {
  it.for([
    ['Use `is None` here', 'Use `is None` here'],
    ['Unclosed ` tick <i>', 'Unclosed \\` tick &lt;i&gt;'],
    ['``a ` b`` then *x*', '``a ` b`` then \\*x\\*'],
    ['`a` | `b|c`', '`a` \\| `b|c`'],
  ] as const)('formats %j', ([input, expected], { expect }) => {
    expect(formatInline(input)).toBe(expected)
  })
})

describe('formatBlock', () => {
  it('keeps line breaks and stops lines from opening blocks', ({ expect }) => {
    expect(formatBlock('\n\n# h\n- item\n+ plus\n2) two\n===\n\n\n> quote\n  indented\n\n')).toBe(
      ['\\# h\\', '\\- item\\', '\\+ plus\\', '2\\) two\\', '\\===', '', '&gt; quote\\', 'indented'].join('\n'),
    )
  })
})

describe('codeBlock', () => {
  it('uses a fence longer than any backtick run inside', ({ expect }) => {
    expect(codeBlock('```\ncode\n```', '  ')).toBe('  ````\n  ```\n  code\n  ```\n  ````')
  })
})
