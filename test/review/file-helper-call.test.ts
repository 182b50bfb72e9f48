/**
 * A change that hands a request's file name, as sent, to a file-serving helper of the code whose
 * body lies outside the hunk is reported on the call. Quiet for a name the hunk reduces or checks
 * first, a field not named for a file, the file system's own functions (the flow pass reads
 * those), and a helper the hunk defines (the pass follows it).
 */
import { beforeAll, describe, it } from 'vitest'
import { reviewChangeset } from '../../src/review/engine'
import { loadSyntaxRuntime } from '../../src/review/syntax/runtime'

function modified(path: string, lines: string[]): string {
  const oldCount = lines.filter((l) => !l.startsWith('+')).length
  const newCount = lines.filter((l) => !l.startsWith('-')).length
  return [`--- a/${path}`, `+++ b/${path}`, `@@ -20,${oldCount} +20,${newCount} @@`, ...lines, ''].join('\n')
}

function pathLines(path: string, diff: string): Array<number | null> {
  const rule = path.endsWith('.py') ? 'python/path-traversal' : 'js/path-traversal'
  return reviewChangeset([{ path, diff }])
    .findings.filter((f) => f.ruleId === rule)
    .map((f) => f.line)
}

const JS = (added: string[]): string[] => [
  "   if (ticket.teamId !== req.user.teamId) return res.sendStatus(403)",
  "   await ticket.increment('downloads')",
  "   res.set('Cache-Control', 'private, max-age=0')",
  ...added,
  '   sendAttachment(res, ticket.attachmentPath, ticket.attachmentName)',
  ' })',
]

describe('a request file name handed to a file helper outside the hunk', () => {
  beforeAll(() => loadSyntaxRuntime())

  describe('reported', () => {
    it('req.query.file handed to sendAttachment in a new branch', ({ expect }) => {
      const diff = modified('src/routes/tickets.js', JS(['+  if (req.query.file) {', '+    return sendAttachment(res, req.query.file, path.basename(req.query.file))', '+  }']))
      expect(pathLines('src/routes/tickets.js', diff)).toEqual([24])
    })

    it('request.args["path"] handed to serve_upload', ({ expect }) => {
      const diff = modified('app/uploads.py', [
        '     upload = Upload.query.get_or_404(upload_id)',
        '+    if "path" in request.args:',
        '+        return serve_upload(request.args["path"])',
        '     return serve_upload(upload.stored_name)',
      ])
      expect(pathLines('app/uploads.py', diff)).toEqual([22])
    })
  })

  describe('quiet', () => {
    it('a name reduced or checked first, or a field not named for a file', ({ expect }) => {
      const reduced = modified('src/routes/tickets.js', JS(['+  if (req.query.file) return sendAttachment(res, path.basename(req.query.file))']))
      expect(pathLines('src/routes/tickets.js', reduced)).toEqual([])
      const checked = modified('src/routes/tickets.js', JS(['+  if (!ticket.extraFiles.includes(req.query.file)) return res.sendStatus(404)', '+  return sendAttachment(res, req.query.file)']))
      expect(pathLines('src/routes/tickets.js', checked)).toEqual([])
      const id = modified('src/routes/tickets.js', JS(['+  if (req.query.id) return sendAttachment(res, req.query.id)']))
      expect(pathLines('src/routes/tickets.js', id)).toEqual([])
    })

    it('a helper the hunk defines, which the flow pass reads', ({ expect }) => {
      const diff = modified('src/routes/tickets.js', [
        '+function sendAttachment(res, relPath) {',
        "+  res.download(path.join(ATTACH_DIR, path.basename(relPath)))",
        '+}',
        '+',
        "+router.get('/extra', (req, res) => sendAttachment(res, req.query.file))",
        ' module.exports = router',
      ])
      expect(pathLines('src/routes/tickets.js', diff)).toEqual([])
    })
  })
})
