import { describe, it } from 'vitest'
import { createFileUnderReview, forEachAddedLine } from '../../src/review/context'
import { parseUnifiedDiff } from '../../src/review/diff'
import { detectLanguage, isTestPath } from '../../src/review/language'
import {
  codeOf,
  commentStart,
  inPythonDocstring,
  isCommentLine,
  isTestCode,
  lex,
  lexAhead,
  lexLine,
  Open,
  scanCurrent,
  scanLine,
  snippet,
  sourceOf,
  stripComment,
  tokenize,
  tripleQuotedRows,
} from '../../src/review/source'
import type { FileUnderReview, LineContext } from '../../src/review/types'
import { addedDiff } from './rule-tester'

function fileOf(path: string, code: string): FileUnderReview {
  const [parsed] = parseUnifiedDiff(addedDiff(path, code))
  return createFileUnderReview(parsed!, detectLanguage(path), isTestPath(path))
}

function contexts(file: FileUnderReview): LineContext[] {
  const out: LineContext[] = []
  forEachAddedLine(file, (ctx) => out.push(ctx))
  return out
}

describe('scanner (comments and strings masked, state carried across lines)', () => {
  it('blanks string bodies with `_` and comments with spaces, keeping columns', ({ expect }) => {
    const text = `x = "a # b"  # note`
    const scanned = scanLine(text, 'python')
    expect(scanned.code).toBe('x = "_____"        ')
    expect(scanned.code).toHaveLength(text.length)
    expect(scanned.comment).toBe(' note')
    expect(scanned.commentOnly).toBe(false)
  })

  it('carries a Python triple-quoted string and a block comment to the next line', ({ expect }) => {
    const first = scanLine('doc = """starts', 'python')
    expect(first.open).toBe(Open.TripleDouble)
    const second = scanLine('still inside""" + x', 'python', first.open)
    expect(second.code).toBe('____________""" + x')
    expect(second.open).toBe(Open.None)
    const block = scanLine('a = 1 /* open', 'js')
    expect(block.open).toBe(Open.BlockComment)
    expect(scanLine(' more */ b()', 'js', block.open)).toMatchObject({ code: '         b()', open: Open.None })
  })

  it('tells a JavaScript regex literal from a division', ({ expect }) => {
    expect(scanLine('const re = /"x"/g', 'js').code).toBe('const re = /___/g')
    expect(scanLine('const half = a / b / c', 'js').code).toBe('const half = a / b / c')
  })
})

describe('string lexer (literals with their interpolations)', () => {
  it('finds f-string interpolations and template-literal expressions', ({ expect }) => {
    const py = lex(`cur.execute(f"SELECT {name!r} FROM t")`, 'py')
    expect(py.strings).toHaveLength(1)
    expect(py.strings[0]).toMatchObject({ prefix: 'f', quote: '"', closed: true, interps: ['name'] })
    const js = lex('db.query(`SELECT ${id} FROM t`)', 'js')
    expect(js.strings[0]).toMatchObject({ quote: '`', interps: ['id'], tagged: false })
    expect(lex('sql`SELECT ${id}`', 'js').strings[0]).toMatchObject({ tagged: true, interps: [] })
  })

  it('ends an f-string field at its own conversion or format spec, not at a colon inside the expression', ({ expect }) => {
    const fields = (code: string) => lex(code, 'py').strings[0]!.interps
    expect(fields(`f'<a href="{reverse("docs:index")}">{total:>10}</a>'`)).toEqual(['reverse("docs:index")', 'total'])
    expect(fields(`f"{rows[1:3]} {d['a:b']!r:>5} {x!s} {a != b} {(n := 2)} {v=}"`)).toEqual(['rows[1:3]', "d['a:b']", 'x', 'a != b', '(n := 2)', 'v'])
  })

  it('masks string bodies and comments with spaces, same length', ({ expect }) => {
    const text = `run("a, b")  # go`
    const lexed = lex(text, 'py')
    expect(lexed.masked).toBe('run("    ")      ')
    expect(lexed.masked).toHaveLength(text.length)
  })
})

describe('one lexer per family (tokens both views are read from)', () => {
  it('splits a Python line into code, string and comment tokens with prefixes', ({ expect }) => {
    const text = `q = rb'a' + f"{x}"  # c`
    const { tokens, open } = tokenize(text, 'python')
    expect(open).toBe(Open.None)
    expect(tokens.map((t) => [t.kind, text.slice(t.start, t.end)])).toEqual([
      ['code', 'q = rb'],
      ['string', "'a'"],
      ['code', ' + f'],
      ['string', '"{x}"'],
      ['code', '  '],
      ['comment', '# c'],
    ])
    expect(tokens.filter((t) => t.kind === 'string').map((t) => t.prefix)).toEqual(['rb', 'f'])
  })

  it('gives the scanner and the lexer the same strings and comments on a Python line', ({ expect }) => {
    const lines = [`run("a # b", 'c\\'d') # e`, `x = f"{a['k']}"`, `it's = "x"  # quote never closed`, `s = """a""" + '''b'''`]
    for (const text of lines) {
      const scanned = scanLine(text, 'python').code
      const lexed = lex(text, 'py').masked
      expect(scanned.replace(/_/g, ' ')).toBe(lexed)
    }
  })

  it('reads a quote that does not close on its line as a string to the end of the line, in both views', ({ expect }) => {
    const text = `msg = 'it # is not a comment`
    const scanned = scanLine(text, 'python')
    expect(scanned.comment).toBe('')
    expect(scanned.code).toBe(`msg = '${'_'.repeat(text.length - 7)}`)
    expect(lex(text, 'py').strings[0]).toMatchObject({ quote: "'", closed: false, body: 'it # is not a comment' })
  })

  it('reads a JavaScript line the same way in both views: regex literals, nested templates, comments', ({ expect }) => {
    const lines = [
      `s.replace(/'/g, "''") // it's`,
      'const q = sql`a ${b ? `x${c}` : "y"} d` + e / f / g',
      `if (/["]/.test(v)) x = '/*' /* c */ + 1`,
      '<!-- note --> const t = `${n}`',
    ]
    for (const text of lines) {
      const scanned = scanLine(text, 'js').code
      expect(scanned.replace(/_/g, ' ')).toBe(lex(text, 'js').masked)
    }
    // The quote inside the regex literal is not a string; the comment's apostrophe is not either.
    expect(lex(lines[0]!, 'js').strings.map((s) => s.body)).toEqual(["''"])
    const nested = lex(lines[1]!, 'js').strings
    expect(nested[0]).toMatchObject({ quote: '`', tagged: true, closed: true })
    expect(nested.length).toBe(1)
  })

  it('closes a template at its backtick when an expression hides its `}` behind a quote in a regex', ({ expect }) => {
    const text = "return `'${str.replace(/'/g, \"''\")}'`;"
    const scanned = scanLine(text, 'js')
    expect(scanned.open).toBe(Open.None)
    expect(scanned.code.endsWith('`;')).toBe(true)
    const { tokens } = tokenize('`${"a"}` + `${x}', 'js')
    expect(tokens.map((t) => t.kind)).toEqual(['string', 'code', 'string'])
    expect(tokenize('`${"a"}` + `${x}', 'js').open).toBe(Open.Backtick)
  })

  it('carries an open Python triple quote into the next line and across joined lines', ({ expect }) => {
    const first = tokenize('x = """a', 'python')
    expect(first.open).toBe(Open.TripleDouble)
    const second = tokenize('b \\""" c""" # d', 'python', first.open)
    expect(second.tokens.map((t) => t.kind)).toEqual(['string', 'code', 'comment'])
    expect(second.tokens[0]).toMatchObject({ start: 0, end: 11, closed: true })
    const joined = lex('run("""a\nb""", x)  # c\ny', 'py')
    expect(joined.strings).toHaveLength(1)
    // The string body is blanked whole, newline included; the comment keeps the newline after it.
    expect(joined.masked).toBe('run("""   """, x)     \ny')
  })
})

describe('single-line comments by language', () => {
  it('starts a `#` comment only after whitespace and keeps URLs and prose apostrophes', ({ expect }) => {
    expect(commentStart('url: http://x#frag # real', 'yaml')).toBe(19)
    expect(commentStart("msg: don't stop # c", 'yaml')).toBe(16)
    expect(stripComment('const u = "http://x" // c', 'typescript')).toBe('const u = "http://x" ')
    expect(codeOf(`verify = "False"  # verify=False`, 'python')).toBe('verify = "     "  ')
  })

  it('finds Python and JavaScript comments with the family lexer, as the scanner does', ({ expect }) => {
    // `//` inside a regex literal is not a comment; `#` right after code is one in Python.
    expect(stripComment('const re = /\\/\\//g; // c', 'javascript')).toBe('const re = /\\/\\//g; ')
    expect(codeOf('s.split(/[\'"]/) // quote', 'typescript')).toBe('s.split(/    /) ')
    expect(commentStart('x = 1#c', 'python')).toBe(5)
    expect(commentStart('x = 1#c', 'yaml')).toBe(7)
  })

  it('knows a whole-line comment per lexer family', ({ expect }) => {
    expect(isCommentLine('  # note', 'py')).toBe(true)
    expect(isCommentLine(' * jsdoc', 'js')).toBe(true)
    expect(isCommentLine('#[attr]', 'php')).toBe(false)
    expect(isCommentLine('x = 1  # note', 'py')).toBe(false)
  })
})

describe('docstring rows', () => {
  it('marks the lines inside a triple-quoted string, whichever quote opened it', ({ expect }) => {
    const file = fileOf('app.py', ['def f():', '    """Docs.', "    it's '''not''' closed here", '    """', '    return 1'].join('\n'))
    expect([...tripleQuotedRows(file.hunks[0]!)]).toEqual([0, 0, 1, 1, 0])
    const inside = contexts(file).map((ctx) => inPythonDocstring(ctx))
    expect(inside).toEqual([false, false, true, true, false])
  })

  it('opens nothing for a triple quote inside a comment or a one-line string', ({ expect }) => {
    const file = fileOf('app.py', ['x = 1  # """ not a docstring', `q = "'''"`, 'run(cmd)', 'doc = """a', 'b"""', 'y = 2'].join('\n'))
    expect([...tripleQuotedRows(file.hunks[0]!)]).toEqual([0, 0, 0, 0, 1, 0])
    expect(contexts(file).map((ctx) => inPythonDocstring(ctx))).toEqual([false, false, false, false, true, false])
  })

  it('knows a docstring closed far above is closed (no look-back window to cut it in half)', ({ expect }) => {
    // Opened on line 2, closed on line 13, sink on line 69: its 60 lines above hold the close but not the open.
    const docs = Array.from({ length: 10 }, (_, i) => `    line ${i} of the docs`)
    const body = Array.from({ length: 55 }, (_, i) => `    x${i} = ${i}`)
    const file = fileOf('app.py', ['def f():', '    """Docs', ...docs, '    end."""', ...body, '    run(cmd, shell=True)'].join('\n'))
    const last = contexts(file).at(-1)!
    expect(last.line.text).toContain('shell=True')
    expect(inPythonDocstring(last)).toBe(false)
  })
})

describe('source model', () => {
  it('is made once per file and shared by every line context', ({ expect }) => {
    const file = fileOf('src/app.ts', 'const a = "x" // one\nconst b = `y\nz` + a\n')
    const all = contexts(file)
    expect(new Set(all.map((ctx) => ctx.source)).size).toBe(1)
    expect(all[0]!.source).toBe(sourceOf(file))
    expect(sourceOf(file).syntax).toBe('js')
    expect(sourceOf(file).family).toBe('js')
    // The template literal opened on line 2 is still open at the start of line 3.
    expect(scanCurrent(all[2]!)?.code).toBe('_` + a')
  })

  it('lexes each line once, whichever rule asks', ({ expect }) => {
    const file = fileOf('app.py', 'run(\n  cmd,\n)\n')
    const [first] = contexts(file)
    expect(lexLine(first!, 'py')).toBe(lexLine(first!, 'py'))
    expect(lexAhead(first!, 'py', 2)).toBe(lexAhead(first!, 'py', 2))
    expect(lexAhead(first!, 'py', 2).text).toBe('run(\n  cmd,\n)')
  })

  it('reads the scanned line and the lexed line from one token list when nothing is open', ({ expect }) => {
    const file = fileOf('app.py', 'x = """a\nb""" + run("c")  # d\ny = f"{z}"\n')
    const model = sourceOf(file)
    const [first, second, third] = contexts(file)
    const tokens = model.tokensOf(third!.line, 'python')
    expect(model.tokensOf(third!.line, 'python')).toBe(tokens)
    expect(lexLine(third!, 'py').strings[0]).toMatchObject({ prefix: 'f', interps: ['z'] })
    expect(scanCurrent(third!)?.code).toBe('y = f"___"')
    // The second line starts inside the triple quote: the scanner carries it, the lexer starts afresh.
    expect(scanCurrent(first!)?.open).toBe(Open.TripleDouble)
    expect(scanCurrent(second!)?.code).toBe('_""" + run("_")     ')
    expect(lexLine(second!, 'py').strings.map((s) => s.quote)).toEqual(['"""'])
  })

  it('computes a pack fact once per file', ({ expect }) => {
    const file = fileOf('app.py', 'x = 1\n')
    let calls = 0
    const compute = () => ++calls
    expect(sourceOf(file).fact('count', compute)).toBe(1)
    expect(sourceOf(file).fact('count', compute)).toBe(1)
    expect(calls).toBe(1)
  })

  it('counts test code by the engine and by the wider path patterns', ({ expect }) => {
    expect(isTestCode({ isTest: false, path: 'src/testing/helpers.py' })).toBe(true)
    expect(isTestCode({ isTest: false, path: 'web/login.cy.ts' })).toBe(true)
    expect(isTestCode({ isTest: true, path: 'anything.py' })).toBe(true)
    expect(isTestCode({ isTest: false, path: 'src/latest.py' })).toBe(false)
    expect(sourceOf(fileOf('tests/test_app.py', 'x = 1')).isTest).toBe(true)
    expect(sourceOf(fileOf('examples/demo.js', 'x = 1')).isDevOrTest).toBe(true)
  })
})

describe('snippet', () => {
  it('collapses whitespace and cuts long code', ({ expect }) => {
    expect(snippet('  a\n   b\t c  ')).toBe('a b c')
    expect(snippet('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`)
    expect(snippet('abc', 3)).toBe('abc')
  })
})
