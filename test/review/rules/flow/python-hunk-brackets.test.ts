/**
 * Python hunks that end inside a call: the context stops at `timeout=30,` and the `)` is in the
 * part of the file the diff leaves out. The brackets are closed on the gap row after the hunk,
 * so the call is read whole (its `shell=True`, its other arguments) and what follows parses.
 */
import { describe, expect, it } from 'vitest'
import { blankStringLead, continuesBrackets, openBrackets } from '../../../../src/review/flow/python-gaps'
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

function diff(path: string, header: string, lines: string[], start = 40): string {
  const added = lines.filter((l) => !l.startsWith('-')).length
  const removed = lines.filter((l) => !l.startsWith('+')).length
  return [`diff --git a/${path} b/${path}`, `--- a/${path}`, `+++ b/${path}`, `@@ -${start},${removed} +${start},${added} @@${header}`, ...lines].join('\n')
}

describe('openBrackets', () => {
  it('lists the brackets left open, innermost last', () => {
    expect(openBrackets(['result = subprocess.run(', '    [cmd, {"a": 1,'])).toEqual(['(', '[', '{'])
  })
  it('skips strings and comments, and closers the text never opened', () => {
    expect(openBrackets(['    shell=True,', ')', 'x = f"({y}" # (', "z = ')'"])).toEqual([])
  })
  it('tells a hunk that goes on inside a bracket opened before it', () => {
    expect(continuesBrackets(['        shell=True,', '    )', '    return out'])).toBe(true)
    expect(continuesBrackets(['    out = run(["ls"])', '    return out'])).toBe(false)
  })
  it('matches the closer to the bracket left open', () => {
    // A `},` after the gap ends a dict the gap opened, not the `(` the hunk before stopped inside.
    expect(continuesBrackets(['    },', '}', '', 'def f():'], '(')).toBe(false)
    expect(continuesBrackets(['    "tail of the text"', ')', 'x = 1'], '(')).toBe(true)
  })
  it('gives up inside a string the text leaves open', () => {
    expect(openBrackets(['query = """', 'SELECT (1'])).toBeUndefined()
  })
})

describe('blankStringLead', () => {
  const hunk = (newStart: number, newLines: number) => ({ oldStart: newStart, oldLines: newLines, newStart, newLines, lines: [] })
  it('sets aside the closing line of a docstring the hunk starts inside', () => {
    const rows = ['', 'the console\'s endpoints."""', 'import subprocess', '', 'from flask import Flask']
    expect(blankStringLead(rows, new Uint8Array(rows.length), hunk(2, 4))).toBe(true)
    expect(rows.slice(1, 3)).toEqual(['', 'import subprocess'])
  })
  it('leaves a whole docstring, and an added closing line, alone', () => {
    const whole = ['', '"""Ops console."""', 'import subprocess']
    expect(blankStringLead(whole, new Uint8Array(whole.length), hunk(2, 2))).toBe(false)
    const rows = ['', 'the console\'s endpoints."""', 'import subprocess']
    const added = new Uint8Array(rows.length)
    added[1] = 1
    expect(blankStringLead(rows, added, hunk(2, 2))).toBe(false)
  })
  it('leaves a hunk that opens a string of its own', () => {
    const rows = ['', 'QUERY = """', 'SELECT 1']
    expect(blankStringLead(rows, new Uint8Array(rows.length), hunk(2, 2))).toBe(false)
  })
})

testRule(registered('python/shell-injection'), {
  valid: [
    // The same call with an argument list stays quiet once the call is read whole.
    {
      code: '',
      diff: diff('ops/views.py', ' def ping():', [
        '     log.info("ping %s", host)',
        '     result = subprocess.run(',
        '-        ["ping", "-c", "1", host, "-W", "2"],',
        '+        ["ping", "-c", "1", host],',
        '         capture_output=True,',
        '         text=True,',
        '         timeout=30,',
      ]),
    },
  ],
  invalid: [
    // The f-string and `shell=True` are added; the call's `(` and `)` are context or hidden.
    {
      code: '',
      diff: diff('ops/views.py', ' def ping():', [
        '     log.info("ping %s", host)',
        '     result = subprocess.run(',
        '-        ["ping", "-c", "1", host],',
        '+        f"ping -c 1 {host} | tail -n 3",',
        '+        shell=True,',
        '         capture_output=True,',
        '         text=True,',
        '         timeout=30,',
      ]),
      findings: [{ line: 41 }],
    },
    // One call cut in two by the diff: the next hunk closes it, so the gap is left to join them and `shell=True` is read.
    {
      code: '',
      diff: [
        diff('ops/views.py', ' def ping():', [
          '     log.info("ping %s", host)',
          '     result = subprocess.run(',
          '-        ["ping", "-c", "1", host],',
          '+        f"ping -c 1 {host} | tail -n 3",',
          '         capture_output=True,',
          '         text=True,',
          '         timeout=30,',
        ]),
        '@@ -50,4 +50,4 @@ def ping():',
        '         cwd="/tmp",',
        '-        shell=False,',
        '+        shell=True,',
        '     )',
        '     return result.stdout',
      ].join('\n'),
      findings: [{ line: 41 }],
    },
  ],
})

testRule(registered('python/sql-injection'), {
  valid: [],
  invalid: [
    // A hunk left open inside one call, followed by another hunk further down: both are read.
    {
      code: '',
      diff: [
        diff('reports/views.py', ' def report(request):', [
          '     rows = Order.objects.filter(',
          '+        status="paid",',
          '         customer=request.user.customer,',
          '         created__gte=since,',
        ]),
        '@@ -60,3 +61,4 @@ def export(request):',
        '     col = request.GET["col"]',
        '+    cursor.execute(f"SELECT {col} FROM orders")',
        '     return HttpResponse(status=204)',
        ' ',
      ].join('\n'),
      findings: [{ line: 62 }],
    },
  ],
})

// A hunk that starts inside a call the diff cuts (its context opens on the call's last arguments and `)`), in a class
// whose header is all git names: the lines before the stray `)` are set aside, so the class added above it and the
// statements added below it are read, not lost in a parse error.
testRule(registered('python/path-traversal'), {
  valid: [],
  invalid: [
    {
      code: '',
      diff: [
        'diff --git a/crawler/pipelines.py b/crawler/pipelines.py',
        '--- a/crawler/pipelines.py',
        '+++ b/crawler/pipelines.py',
        '@@ -17,6 +17,13 @@ class ValidatePipeline:',
        '         return item',
        ' ',
        ' ',
        '+class JsonPerItemPipeline:',
        '+    def process_item(self, item, spider):',
        '+        with open(os.path.join(EXPORT_ROOT, f"{item[\'sku\']}.json"), "w") as fh:',
        '+            json.dump(dict(item), fh)',
        '+        return item',
        '+',
        '+',
        ' class PostgresPipeline:',
        '     def __init__(self, dsn):',
        '         self.dsn = dsn',
        '@@ -41,4 +48,6 @@ class PostgresPipeline:',
        '                 "ON CONFLICT (sku) DO UPDATE SET title = EXCLUDED.title",',
        '                 (item["sku"], item["title"]),',
        '             )',
        '+            path = os.path.join(EXPORT_ROOT, item["sku"])',
        '+            open(path, "w").close()',
        '         return item',
        '',
      ].join('\n'),
      findings: [{ line: 22 }],
    },
  ],
})

/**
 * Hunks of a query grown with `+=` whose start lies above the hunk: an entry of a module's
 * ALL_CAPS table (`SORT_COLUMNS.get(sort, ...)`, `SORT_COLUMNS[sort]`) is one of the values the
 * code wrote there, and a constant piece added to the unseen text builds nothing, so only a piece
 * spliced from a value the code does not fix is reported.
 */
testRule(registered('python/sql-injection'), {
  valid: [
    {
      code: '',
      diff: diff('app/catalog/views.py', ' def list_products(', [
        '         sql += " AND c.slug = :category"',
        '         params["category"] = category',
        '-    sql += " ORDER BY p.name"',
        '+    order = SORT_COLUMNS.get(sort, SORT_COLUMNS["name"])',
        '+    sql += f" ORDER BY {order}"',
        '     sql += " LIMIT :limit"',
        '     rows = db.execute(text(sql), params).mappings().all()',
        '     return [ProductOut(**r) for r in rows]',
      ]),
    },
    {
      code: '',
      diff: diff('app/catalog/views.py', ' def list_products(', [
        '         params["category"] = category',
        '-    sql += " ORDER BY p.name"',
        '+    sql += f" ORDER BY {SORT_COLUMNS[sort]}"',
        '+    sql += " LIMIT :limit"',
        '     rows = db.execute(text(sql), params).mappings().all()',
        '     return rows',
      ]),
    },
  ],
  invalid: [
    {
      code: '',
      diff: diff('app/catalog/views.py', ' def search_products(', [
        '     params = {"q": q}',
        '-    sql += " ORDER BY ts_rank(p.search_vector, plainto_tsquery(:q)) DESC"',
        '+    if sort == "relevance":',
        '+        sql += " ORDER BY ts_rank(p.search_vector, plainto_tsquery(:q)) DESC"',
        '+    else:',
        '+        sql += f" ORDER BY {sort}"',
        '     sql += " LIMIT 24"',
        '     rows = db.execute(text(sql), params).mappings().all()',
        '     return rows',
      ]),
      findings: [{ line: 44 }],
    },
  ],
})

// A hunk that starts on the quotes closing a triple-quoted query built above it: the quotes end the string, so the
// statements after them are read as code (a sort direction from the query appended and run), while a hunk that starts
// on a docstring's opening quotes keeps its text a string.
const ordersDiff = (lines: string[], top = '    """'): string =>
  [
    'diff --git a/app/billing/invoices.py b/app/billing/invoices.py',
    '--- a/app/billing/invoices.py',
    '+++ b/app/billing/invoices.py',
    `@@ -42,6 +42,${5 + lines.filter((l) => l.startsWith('+')).length} @@ def list_invoices():`,
    top,
    '     if request.args.get("open") == "1":',
    '         sql += " AND i.paid_at IS NULL"',
    ...lines,
    '     cur = get_db().cursor()',
    '     cur.execute(sql, (PAGE_SIZE, (page - 1) * PAGE_SIZE))',
  ].join('\n')

testRule(registered('python/sql-injection'), {
  valid: [
    {
      code: '',
      diff: ordersDiff(['-    sql += " ORDER BY i.issued_at DESC"', '+    direction = "ASC" if request.args.get("dir") == "asc" else "DESC"', '+    sql += f" ORDER BY i.issued_at {direction}"']),
    },
    // the quotes open a docstring whose text shows how a query is built: that is text, not code
    {
      code: '',
      diff: [
        'diff --git a/app/billing/invoices.py b/app/billing/invoices.py',
        '--- a/app/billing/invoices.py',
        '+++ b/app/billing/invoices.py',
        '@@ -10,4 +10,5 @@ def list_invoices():',
        '     """',
        '     List the invoices of the account, newest first.',
        '+    Sort with ?dir=asc, e.g. cur.execute(f"SELECT * FROM invoices ORDER BY issued_at {request.args[\'dir\']}")',
        '     The page size is PAGE_SIZE.',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      code: '',
      diff: ordersDiff(['-    sql += " ORDER BY i.issued_at DESC"', '+    direction = request.args.get("dir", "desc")', '+    sql += f" ORDER BY i.issued_at {direction}"']),
      findings: [{ line: 46 }],
    },
    {
      code: '',
      diff: ordersDiff(['-    sql += " ORDER BY i.issued_at DESC"', '+    direction = request.args.get("dir", "desc")', '+    sql += f" ORDER BY i.issued_at {direction}"'], '     """)'),
      findings: [{ line: 46 }],
    },
  ],
})

// Three hunks of one module: the first starts on the closing line of the module docstring, the second stops inside
// `BANNER = (`, the third starts on the `},` and `}` that end a dict opened in the gap. The docstring's closing quotes
// are set aside, the `(` is closed after its hunk, and both closing rows are set aside, so the route added below is read.
testRule(registered('python/shell-injection'), {
  valid: [],
  invalid: [
    {
      code: '',
      diff: [
        'diff --git a/ops/views.py b/ops/views.py',
        '--- a/ops/views.py',
        '+++ b/ops/views.py',
        '@@ -2,4 +2,5 @@',
        ' the ops console\'s endpoints."""',
        ' import subprocess',
        '+import shlex',
        ' ',
        ' from flask import Flask, request',
        '@@ -10,6 +11,7 @@',
        ' app = Flask(__name__)',
        ' BANNER = (',
        '     "Ops console: every command is logged. "',
        '+    "Ask on-call before restarting services. "',
        '     "Use the runbook for anything else. "',
        '     "Escalate after 15 minutes. "',
        '     "Page the lead for outages. "',
        '@@ -22,3 +24,8 @@ def audit(cmd):',
        '     },',
        ' }',
        ' ',
        '+@app.post("/ping")',
        '+def ping():',
        '+    host = request.form["host"]',
        '+    return subprocess.run(f"ping -c 1 {host}", shell=True, capture_output=True).stdout',
        '+',
        '',
      ].join('\n'),
      findings: [{ line: 30 }],
    },
  ],
})
