/**
 * A change that hands a value to a sink raw where the code beside it in the same hunk and the
 * same function hands it through a sanitiser: a new export branch joining the raw file name
 * beside a branch that runs it through secure_filename()/basename(), or a new redirect to the
 * raw `next` beside one through the code's own local-path check. The value's source may lie
 * outside the hunk. Quiet when the new line sanitises too, when the sanitised use is another
 * function's, in a new file, and for the pass's own verdicts.
 */
import { beforeAll, describe, it } from 'vitest'
import { reviewChangeset } from '../../src/review/engine'
import { loadSyntaxRuntime } from '../../src/review/syntax/runtime'

function modified(path: string, oldStart: number, lines: string[]): string {
  const oldCount = lines.filter((l) => !l.startsWith('+')).length
  const newCount = lines.filter((l) => !l.startsWith('-')).length
  return [`--- a/${path}`, `+++ b/${path}`, `@@ -${oldStart},${oldCount} +${oldStart},${newCount} @@`, ...lines, ''].join('\n')
}

function lines(path: string, diff: string, kind: 'path' | 'redirect'): Array<number | null> {
  const js = !path.endsWith('.py')
  const rule = kind === 'path' ? (js ? 'js/path-traversal' : 'python/path-traversal') : js ? 'js/open-redirect' : 'python/open-redirect'
  return reviewChangeset([{ path, diff }])
    .findings.filter((f) => f.ruleId === rule)
    .map((f) => f.line)
}

const PY_EXPORT = (branch: string[]): string[] => [
  '     if fmt == "csv":',
  '         path = os.path.join(export_dir, secure_filename(filename) + ".csv")',
  '         with open(path, "w", newline="") as fh:',
  '             csv.writer(fh).writerows(rows)',
  ...branch,
  '     else:',
  '         return jsonify({"error": "unknown format"}), 400',
  ' ',
]

const JS_EXPORT = (branch: string[]): string[] => [
  "     if (format === 'csv') {",
  '       file = path.join(dir, `${path.basename(name)}.csv`)',
  '       await fs.writeFile(file, toCsv(report.rows))',
  ...branch,
  '     } else {',
  "       return res.status(400).json({ error: 'unsupported format' })",
  '     }',
]

describe('a value handed raw beside the same value sanitised', () => {
  beforeAll(() => loadSyntaxRuntime())

  describe('reported', () => {
    it('a new Python export branch joining the file name its sibling branch runs through secure_filename', ({ expect }) => {
      const diff = modified('app/reports/export.py', 30, PY_EXPORT([
        '+    elif fmt == "json":',
        '+        path = os.path.join(export_dir, filename + ".json")',
        '+        with open(path, "w") as fh:',
        '+            json.dump(rows, fh)',
      ]))
      expect(lines('app/reports/export.py', diff, 'path')).toEqual([36])
    })

    it('a new JavaScript export branch writing a path from the name its sibling branch runs through path.basename', ({ expect }) => {
      const diff = modified('src/routes/reports.js', 20, JS_EXPORT([
        "+    } else if (format === 'json') {",
        '+      file = path.join(dir, `${name}.json`)',
        '+      await fs.writeFile(file, JSON.stringify(report.rows))',
      ]))
      expect(lines('src/routes/reports.js', diff, 'path')).toEqual([25])
    })

    it('a new redirect to next beside the unchanged redirect through a local-path helper', ({ expect }) => {
      const diff = modified('src/routes/auth.ts', 40, [
        "   res.cookie('sid', session.id, { httpOnly: true, secure: true, sameSite: 'lax' })",
        '+  if (req.body.sso_return) {',
        '+    return res.redirect(next)',
        '+  }',
        '   res.redirect(localPath(next))',
        ' })',
      ])
      expect(lines('src/routes/auth.ts', diff, 'redirect')).toEqual([42])
    })
  })

  describe('quiet', () => {
    it('the new branch sanitises the name as well', ({ expect }) => {
      const diff = modified('app/reports/export.py', 30, PY_EXPORT([
        '+    elif fmt == "ndjson":',
        '+        path = os.path.join(export_dir, secure_filename(filename) + ".ndjson")',
        '+        with open(path, "w") as fh:',
        '+            fh.write(dumps(rows))',
      ]))
      expect(lines('app/reports/export.py', diff, 'path')).toEqual([])
      const js = modified('src/routes/reports.js', 20, JS_EXPORT([
        "+    } else if (format === 'tsv') {",
        '+      file = path.join(dir, `${path.basename(name)}.tsv`)',
        "+      await fs.writeFile(file, toCsv(report.rows, '\\t'))",
      ]))
      expect(lines('src/routes/reports.js', js, 'path')).toEqual([])
    })

    it('the sanitised use belongs to another function of the hunk', ({ expect }) => {
      const diff = modified('app/media/views.py', 20, [
        ' def thumbnail(request, pk):',
        '     att = get_object_or_404(Attachment, pk=pk)',
        '     return FileResponse(open(os.path.join(THUMBS, os.path.basename(att.path)), "rb"))',
        ' ',
        ' ',
        '+def download(request, pk):',
        '+    att = get_object_or_404(Attachment, pk=pk, owner=request.user)',
        '+    return FileResponse(open(os.path.join(settings.MEDIA_ROOT, att.path), "rb"))',
      ])
      expect(lines('app/media/views.py', diff, 'path')).toEqual([])
    })

    it('a new file, where nothing is kept to compare with', ({ expect }) => {
      const body = [
        'def export(filename, fmt, rows):',
        '    if fmt == "csv":',
        '        path = os.path.join(EXPORT_DIR, secure_filename(filename) + ".csv")',
        '    else:',
        '        path = os.path.join(EXPORT_DIR, filename + ".json")',
        '    with open(path, "w") as fh:',
        '        fh.write(render(rows))',
      ]
      const diff = ['--- /dev/null', '+++ b/app/export.py', `@@ -0,0 +1,${body.length} @@`, ...body.map((l) => `+${l}`), ''].join('\n')
      expect(lines('app/export.py', diff, 'path')).toEqual([])
    })

    it('a new redirect through the same check, or to a constant', ({ expect }) => {
      const diff = modified('src/routes/auth.ts', 40, [
        "   res.cookie('sid', session.id, { httpOnly: true, secure: true, sameSite: 'lax' })",
        '+  if (user.mustChangePassword) {',
        '+    return res.redirect(`/account/password?next=${encodeURIComponent(localPath(next))}`)',
        '+  }',
        "+  if (!user.verified) return res.redirect('/verify')",
        '   res.redirect(localPath(next))',
        ' })',
      ])
      expect(lines('src/routes/auth.ts', diff, 'redirect')).toEqual([])
    })
  })
})
