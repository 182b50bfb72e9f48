import { describe, it } from 'vitest'
import { compileGlob, compileGlobs, expandBraces } from '../../src/review/glob'

describe('compileGlob', () => {
  const cases: Array<[pattern: string, matches: string[], misses: string[]]> = [
    ['*.md', ['README.md', 'docs/guide/intro.md'], ['README.mdx', 'src/md.ts']],
    ['docs/**', ['docs/a.md', 'docs/x/y/z.png'], ['src/docs/a.md', 'docs']],
    ['docs', ['docs', 'docs/a.md', 'src/docs/a.md'], ['documentation/a.md']],
    ['docs/', ['docs/a.md', 'src/docs/b.md'], ['docs']],
    ['/docs', ['docs/a.md'], ['src/docs/a.md']],
    ['src/*.ts', ['src/a.ts'], ['src/sub/a.ts', 'lib/src/a.ts']],
    ['src/**/*.test.ts', ['src/a.test.ts', 'src/x/y/a.test.ts'], ['src/a.ts', 'test/a.test.ts']],
    ['**/fixtures/**', ['test/fixtures/a.diff', 'fixtures/b'], ['test/fixture/a']],
    ['file?.txt', ['file1.txt', 'a/fileX.txt'], ['file10.txt', 'file.txt']],
    ['*.{js,ts}', ['a.js', 'src/b.ts'], ['c.py', 'a.jsx']],
    ['{src,lib}/**/*.{js,mjs}', ['src/a.js', 'lib/x/b.mjs'], ['test/a.js', 'src/a.ts']],
    ['log[0-9].txt', ['log1.txt'], ['logA.txt', 'log10.txt']],
    ['log[!0-9].txt', ['logA.txt'], ['log1.txt']],
    ['[[]x].md', ['[x].md'], ['x.md']],
    ['\\*.md', ['*.md'], ['a.md']],
    ['./scripts/*.sh', ['scripts/a.sh'], ['x/scripts/a.sh']],
    ['**', ['anything/at/all'], []],
    ['a/**/b', ['a/b', 'a/x/b', 'a/x/y/b/c'], ['b', 'x/a/b']],
    ['*', ['a', 'a/b'], []],
    ['.env*', ['.env', 'config/.env.local'], ['env']],
    ['{a,b', ['{a,b'], ['a']],
  ]
  for (const [pattern, matches, misses] of cases) {
    it(pattern, ({ expect }) => {
      const match = compileGlob(pattern)
      for (const path of matches) expect(match(path), `${pattern} should match ${path}`).toBe(true)
      for (const path of misses) expect(match(path), `${pattern} should not match ${path}`).toBe(false)
    })
  }

  it('matches in linear-ish time on hostile patterns', ({ expect }) => {
    const started = performance.now()
    const evil = compileGlob(`${'*a'.repeat(40)}*b`)
    const deep = compileGlob(`${'**/a/'.repeat(30)}b`)
    const path = 'a'.repeat(1000)
    const segments = Array.from({ length: 200 }, () => 'a').join('/')
    for (let i = 0; i < 20; i++) {
      expect(evil(path)).toBe(false)
      expect(deep(segments)).toBe(false)
    }
    expect(performance.now() - started).toBeLessThan(1000)
  })

  it('caps brace expansion', ({ expect }) => {
    expect(expandBraces('{a,b}{c,d}')).toEqual(['ac', 'ad', 'bc', 'bd'])
    expect(expandBraces('{a,{b,c}}x')).toEqual(['ax', 'bx', 'cx'])
    expect(expandBraces('{a}')).toEqual(['{a}'])
    const started = performance.now()
    expect(expandBraces('{a,b}'.repeat(40))).toHaveLength(256)
    expect(performance.now() - started).toBeLessThan(1000)
  })
})

describe('compileGlobs', () => {
  it('answers which pattern ignored a path; the last match wins', ({ expect }) => {
    const ignoredBy = compileGlobs(['docs/**', '!docs/api/**', '# a comment', '', '*.snap'])
    expect(ignoredBy('docs/guide.md')).toBe('docs/**')
    expect(ignoredBy('docs/api/openapi.yaml')).toBeUndefined()
    expect(ignoredBy('src/__snapshots__/a.snap')).toBe('*.snap')
    expect(ignoredBy('src/app.ts')).toBeUndefined()
  })

  it('matches nothing when empty', ({ expect }) => {
    expect(compileGlobs([])('anything')).toBeUndefined()
  })
})
