/**
 * Python hunks that start inside a block the hunk does not show (a `try:`, `with`, `for` or `if`
 * body): the enclosing header and one opener per level the hunk dedents to are written back above
 * it, so the added code parses and the flow pass follows the value. Flow-only rules are used, so a
 * hunk that did not parse would give no finding at all.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

function diff(path: string, header: string, lines: string[]): string {
  const added = lines.filter((l) => !l.startsWith('-')).length
  const removed = lines.filter((l) => !l.startsWith('+')).length
  return [`diff --git a/${path} b/${path}`, `--- a/${path}`, `+++ b/${path}`, `@@ -40,${removed} +40,${added} @@${header}`, ...lines].join('\n')
}

testRule(registered('python/ssrf'), {
  valid: [
    // The same hunk with a fixed host stays quiet once it parses.
    {
      code: '',
      diff: diff('hooks/views.py', ' def deliver(request):', [
        '             payload = request.get_json()',
        '             resp = requests.post(URL, json=payload, timeout=5)',
        '         except requests.RequestException:',
        '+            target = payload["fallback"]',
        '+            requests.post(f"https://hooks.example.com/{target}", json=payload, timeout=5)',
        '             log.warning("delivery failed")',
        '     return jsonify({"ok": True})',
      ]),
    },
  ],
  invalid: [
    // Inside a `try:` in a function, the added lines in its `except`: the `try:` comes back above the hunk.
    {
      code: '',
      diff: diff('hooks/views.py', ' def deliver(request):', [
        '             payload = request.get_json()',
        '             resp = requests.post(URL, json=payload, timeout=5)',
        '         except requests.RequestException:',
        '+            target = payload["fallback"]',
        '+            requests.post(target, json=payload, timeout=5)',
        '             log.warning("delivery failed")',
        '     return jsonify({"ok": True})',
      ]),
      findings: [{ line: 44 }],
    },
    // Three levels deep (a `with` in a `for` in a method), in a class git names in the header.
    {
      code: '',
      diff: diff('hooks/sync.py', ' class Syncer:', [
        '                 rows = fh.read()',
        '             self.seen.add(job)',
        '+            url = request.args.get("mirror")',
        '+            requests.get(url, timeout=3)',
        '         return len(self.seen)',
        ' ',
        '     def reset(self):',
      ]),
      findings: [{ line: 43 }],
    },
  ],
})

testRule(registered('python/open-redirect'), {
  valid: [],
  invalid: [
    // An `else:` branch with no usable header above the hunk: `if True:` openers hold it.
    {
      code: '',
      diff: diff('portal/routes.py', '', [
        '             return redirect(url_for("home"))',
        '         else:',
        '+            nxt = request.args.get("next")',
        '+            return redirect(nxt)',
      ]),
      findings: [{ line: 43 }],
    },
  ],
})
