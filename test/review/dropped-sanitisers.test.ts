/**
 * A rewrite that takes a sanitiser away is reported on the rewritten line even when the value's
 * source or its sink lies outside the hunk: a file name's `basename`/`secure_filename`, or the
 * HTML escaping of a value in markup built by hand. Rewrites that replace the value, move the
 * sanitiser into a helper, check or escape it another way, or hand it to something that escapes
 * by itself (JSX, a template) stay quiet.
 */
import { beforeAll, describe, it } from 'vitest'
import { reviewChangeset } from '../../src/review/engine'
import { loadSyntaxRuntime } from '../../src/review/syntax/runtime'

function modified(path: string, oldStart: number, lines: string[]): string {
  const oldCount = lines.filter((l) => !l.startsWith('+')).length
  const newCount = lines.filter((l) => !l.startsWith('-')).length
  return [`--- a/${path}`, `+++ b/${path}`, `@@ -${oldStart},${oldCount} +${oldStart},${newCount} @@`, ...lines, ''].join('\n')
}

function pathFindings(path: string, diff: string): Array<number | null> {
  const rule = path.endsWith('.py') ? 'python/path-traversal' : 'js/path-traversal'
  return reviewChangeset([{ path, diff }])
    .findings.filter((f) => f.ruleId === rule)
    .map((f) => f.line)
}

describe('a rewrite that drops a file name sanitiser', () => {
  beforeAll(() => loadSyntaxRuntime())

  describe('reported', () => {
    it('basename taken out of a helper whose route is outside the hunk', ({ expect }) => {
      const diff = modified('app/downloads.py', 8, [
        ' ',
        ' def _export_path(name: str) -> str:',
        '-    return os.path.join(EXPORT_DIR, os.path.basename(name))',
        '+    return os.path.join(EXPORT_DIR, name.lstrip("/"))',
        ' ',
        ' ',
      ])
      expect(pathFindings('app/downloads.py', diff)).toEqual([10])
    })

    it('secure_filename taken out of the name an upload is saved under', ({ expect }) => {
      const diff = modified('app/uploads.py', 20, [
        ' def store(data, original, folder):',
        '-    name = secure_filename(original)',
        '+    name = original',
        '     with open(os.path.join(folder, name), "wb") as out:',
        '         out.write(data)',
      ])
      expect(pathFindings('app/uploads.py', diff)).toEqual([21])
    })

    it('the flow names the source where the hunk shows it', ({ expect }) => {
      const diff = modified('app/uploads.py', 20, [
        ' def store(upload, folder):',
        '-    name = secure_filename(upload.filename)',
        '+    name = upload.filename',
        '     upload.save(os.path.join(folder, name))',
        '     return name',
      ])
      expect(pathFindings('app/uploads.py', diff)).toEqual([22])
    })

    it('path.basename taken out of a JavaScript helper', ({ expect }) => {
      const diff = modified('src/files.js', 30, [
        ' function attachmentPath(name) {',
        '-  return path.join(ATTACHMENTS, path.basename(name))',
        '+  return path.join(ATTACHMENTS, name)',
        ' }',
      ])
      expect(pathFindings('src/files.js', diff)).toEqual([31])
    })

    it('another line that takes the base name for a label leaves the joined name unsanitised', ({ expect }) => {
      const diff = modified('app/thumbs.py', 10, [
        ' def make_thumbnail(original_name, size=256):',
        '-    source = os.path.join(SOURCE_DIR, os.path.basename(original_name))',
        '+    source = os.path.join(SOURCE_DIR, original_name)',
        '     stem, _ = os.path.splitext(os.path.basename(original_name))',
        '     return convert(source, stem, size)',
      ])
      expect(pathFindings('app/thumbs.py', diff)).toEqual([11])
    })
  })

  describe('quiet', () => {
    it('an allow-list lookup of the name a line above', ({ expect }) => {
      const diff = modified('src/themes.js', 5, [
        ' function loadTheme(themeName) {',
        "-  const file = path.join(THEMES, path.basename(themeName) + '.json')",
        '+  if (!KNOWN.has(themeName)) throw new Error(`unknown theme ${themeName}`)',
        "+  const file = path.join(THEMES, themeName + '.json')",
        "   return JSON.parse(fs.readFileSync(file, 'utf8'))",
      ])
      expect(pathFindings('src/themes.js', diff)).toEqual([])
    })

    it('the name sanitised in place a line above', ({ expect }) => {
      const diff = modified('app/uploads.py', 20, [
        ' def store(data, original, folder):',
        '+    original = secure_filename(original)',
        '-    path = os.path.join(folder, secure_filename(original))',
        '+    path = os.path.join(folder, original)',
        '     write_bytes(path, data)',
      ])
      expect(pathFindings('app/uploads.py', diff)).toEqual([])
    })

    it('the client name replaced by a generated one', ({ expect }) => {
      const diff = modified('app/uploads.py', 20, [
        ' def store(upload, folder):',
        '-    name = secure_filename(upload.filename)',
        '+    name = f"{uuid.uuid4().hex}.bin"',
        '     upload.save(os.path.join(folder, name))',
      ])
      expect(pathFindings('app/uploads.py', diff)).toEqual([])
    })

    it('the sanitiser moved into a helper of the code', ({ expect }) => {
      const diff = modified('app/downloads.py', 8, [
        ' def _export_path(name: str) -> str:',
        '-    return os.path.join(EXPORT_DIR, os.path.basename(name))',
        '+    return os.path.join(EXPORT_DIR, clean_export_name(name))',
      ])
      expect(pathFindings('app/downloads.py', diff)).toEqual([])
    })

    it('the joined path checked to stay under the folder instead', ({ expect }) => {
      const diff = modified('app/downloads.py', 8, [
        ' def _export_path(name: str) -> str:',
        '-    return os.path.join(EXPORT_DIR, os.path.basename(name))',
        '+    path = os.path.realpath(os.path.join(EXPORT_DIR, name))',
        '+    if os.path.commonpath([path, EXPORT_DIR]) != EXPORT_DIR:',
        '+        raise ValueError(name)',
        '+    return path',
      ])
      expect(pathFindings('app/downloads.py', diff)).toEqual([])
    })

    it('a dotted walk refused a line below', ({ expect }) => {
      const diff = modified('src/files.js', 30, [
        ' function attachmentPath(name) {',
        "-  return path.join(ATTACHMENTS, path.basename(name))",
        "+  if (name.includes('..')) throw new Error('bad name')",
        '+  return path.join(ATTACHMENTS, name)',
        ' }',
      ])
      expect(pathFindings('src/files.js', diff)).toEqual([])
    })

    it('only the extension was read through basename', ({ expect }) => {
      const diff = modified('app/uploads.py', 20, [
        ' def kind(name):',
        '-    ext = os.path.splitext(os.path.basename(name))[1]',
        '+    ext = os.path.splitext(name)[1]',
        '     return ext.lower()',
      ])
      expect(pathFindings('app/uploads.py', diff)).toEqual([])
    })

    it('a log message that printed the base name', ({ expect }) => {
      const diff = modified('src/files.js', 30, [
        ' function saved(file) {',
        "-  logger.info('saved %s', path.basename(file))",
        "+  logger.info('saved %s', file)",
        ' }',
      ])
      expect(pathFindings('src/files.js', diff)).toEqual([])
    })

    it('a test file that rewrites its fixture path', ({ expect }) => {
      const diff = modified('tests/test_exports.py', 8, [
        ' def fixture_path(name):',
        '-    return os.path.join(FIXTURES, os.path.basename(name))',
        '+    return os.path.join(FIXTURES, name)',
      ])
      expect(pathFindings('tests/test_exports.py', diff)).toEqual([])
    })
  })
})

function xssFindings(path: string, diff: string): Array<number | null> {
  const rule = path.endsWith('.py') ? 'python/xss' : 'js/xss-sink'
  return reviewChangeset([{ path, diff }])
    .findings.filter((f) => f.ruleId === rule)
    .map((f) => f.line)
}

describe('a rewrite that drops the HTML escaping of markup built by hand', () => {
  beforeAll(() => loadSyntaxRuntime())

  describe('reported', () => {
    it('escape() taken out of an f-string list item', ({ expect }) => {
      const diff = modified('app/widgets.py', 12, [
        ' def item_html(item):',
        '-    return f"<li>{escape(item.title)}</li>"',
        '+    return f"<li class=\'item\'>{item.title}</li>"',
      ])
      expect(xssFindings('app/widgets.py', diff)).toEqual([13])
    })

    it('escapeHtml() taken out of an innerHTML template', ({ expect }) => {
      const diff = modified('src/badge.js', 4, [
        ' export function renderBadge(el, name) {',
        '-  el.innerHTML = `<b class="badge">${escapeHtml(name)}</b>`',
        '+  el.innerHTML = `<b class="badge">${name}</b>`',
        ' }',
      ])
      expect(xssFindings('src/badge.js', diff)).toEqual([5])
    })

    it('escape() taken out of a concatenated table cell', ({ expect }) => {
      const diff = modified('src/report.js', 20, [
        ' function row(r) {',
        "-  return '<tr><td>' + escape(r.note) + '</td></tr>'",
        "+  return '<tr><td>' + r.note + '</td><td>' + r.total + '</td></tr>'",
        ' }',
      ])
      expect(xssFindings('src/report.js', diff)).toEqual([21])
    })
  })

  describe('quiet', () => {
    it('a JSX child, which React escapes itself', ({ expect }) => {
      const diff = modified('src/Badge.jsx', 4, [
        ' export function Badge({ name }) {',
        '-  return <b className="badge">{escapeHtml(name)}</b>',
        '+  return <b className="badge">{name}</b>',
        ' }',
      ])
      expect(xssFindings('src/Badge.jsx', diff)).toEqual([])
    })

    it("a template's variable, which the template escapes", ({ expect }) => {
      const diff = modified('app/views.py', 30, [
        ' def profile(user):',
        '-    return render_template("profile.html", bio=escape(user.bio))',
        '+    return render_template("profile.html", bio=user.bio)',
      ])
      expect(xssFindings('app/views.py', diff)).toEqual([])
    })

    it('Markup().format(), which escapes what it fills in', ({ expect }) => {
      const diff = modified('app/widgets.py', 12, [
        ' def item_html(item):',
        '-    return f"<li>{escape(item.title)}</li>"',
        '+    return Markup("<li>{}</li>").format(item.title)',
      ])
      expect(xssFindings('app/widgets.py', diff)).toEqual([])
    })

    it('innerHTML swapped for textContent', ({ expect }) => {
      const diff = modified('src/badge.js', 4, [
        ' export function renderBadge(el, name) {',
        '-  el.innerHTML = escapeHtml(name)',
        '+  el.textContent = name',
        ' }',
      ])
      expect(xssFindings('src/badge.js', diff)).toEqual([])
    })

    it('the value escaped in place a line above', ({ expect }) => {
      const diff = modified('app/widgets.py', 12, [
        ' def item_html(title):',
        '+    title = html.escape(title)',
        '-    return f"<li>{html.escape(title)}</li>"',
        '+    return f"<li>{title}</li>"',
      ])
      expect(xssFindings('app/widgets.py', diff)).toEqual([])
    })
  })
})
