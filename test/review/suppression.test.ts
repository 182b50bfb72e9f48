import { describe, it } from 'vitest'
import { parseUnifiedDiff } from '../../src/review/diff'
import { directiveCovers, parseSuppression, SuppressionIndex } from '../../src/review/suppression'
import { addedDiff } from './rule-tester'

describe('parseSuppression', () => {
  const cases: Array<[string, ReturnType<typeof parseSuppression>]> = [
    ['x = eval(s)  # review-ignore: python/eval', { ids: ['python/eval'], nextLine: false }],
    ['x = 1 // review-ignore: js/eval, secrets/aws-key  legacy code', { ids: ['js/eval', 'secrets/aws-key'], nextLine: false, reason: 'legacy code' }],
    ['x = 1 // review-ignore:noisy', { ids: ['noisy'], nextLine: false }],
    ['x = 1 # review-ignore', { ids: 'all', nextLine: false }],
    ['x = 1 # review-ignore because it is a fixture', { ids: 'all', nextLine: false, reason: 'because it is a fixture' }],
    ['// review-ignore-next-line js/eval reviewed by security', { ids: ['js/eval'], nextLine: true, reason: 'reviewed by security' }],
    ['# review-ignore-next-line: python/eval', { ids: ['python/eval'], nextLine: true }],
    ['-- review-ignore-next-line sql/select-star', { ids: ['sql/select-star'], nextLine: true }],
    ['/* review-ignore-next-line css/important */', { ids: ['css/important'], nextLine: true }],
    ['<!-- review-ignore: html/inline-script -->', { ids: ['html/inline-script'], nextLine: false }],
    ['# review-ignore-next-line', { ids: 'all', nextLine: true }],
    ['msg = "review-ignore: python/eval"', undefined],
    ['review-ignore: python/eval', undefined],
    ['x = 1 # review-ignored', undefined],
    ['x = 1 # review-ignore-file', undefined],
    ['plain line', undefined],
  ]
  for (const [text, expected] of cases) it(text, ({ expect }) => expect(parseSuppression(text)).toEqual(expected))
})

describe('directiveCovers', () => {
  it('matches a rule id, its pack, or its namespace', ({ expect }) => {
    const covers = (ids: string[]) => directiveCovers({ ids, nextLine: false }, 'python/eval', 'injection')
    expect(covers(['python/eval'])).toBe(true)
    expect(covers(['injection'])).toBe(true)
    expect(covers(['python'])).toBe(true)
    expect(covers(['python/ev'])).toBe(false)
    expect(covers(['js/eval'])).toBe(false)
    expect(directiveCovers({ ids: 'all', nextLine: true }, 'any/rule', 'bugs')).toBe(true)
  })
})

describe('SuppressionIndex', () => {
  it('silences the same line and the line after a next-line directive', ({ expect }) => {
    const code = [
      'a = eval(x)  # review-ignore: python/eval',
      '# review-ignore-next-line python/eval',
      'b = eval(y)',
      'c = eval(z)',
      'd = eval(w)  # review-ignore',
    ].join('\n')
    const [file] = parseUnifiedDiff(addedDiff('app.py', code))
    const index = new SuppressionIndex(file!)
    expect([1, 2, 3, 4, 5].map((line) => index.isSuppressed('python/eval', 'injection', line))).toEqual([true, false, true, false, true])
    expect(index.isSuppressed('python/other', 'bugs', 1)).toBe(false)
    expect(index.isSuppressed('python/other', 'bugs', 5)).toBe(true)
  })

  it('reads directives on context lines too', ({ expect }) => {
    const diff = '--- a/app.py\n+++ b/app.py\n@@ -1,1 +1,2 @@\n # review-ignore-next-line python/eval\n+x = eval(s)\n'
    const index = new SuppressionIndex(parseUnifiedDiff(diff)[0]!)
    expect(index.isSuppressed('python/eval', 'injection', 2)).toBe(true)
  })
})
