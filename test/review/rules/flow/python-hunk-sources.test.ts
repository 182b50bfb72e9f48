/**
 * Values a hunk uses but does not show being set: a `next`-style redirect target bound in lines
 * of the function above the hunk is the client's parameter, as a login's `next` is.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

function diff(path: string, header: string, lines: string[]): string {
  const added = lines.filter((l) => !l.startsWith('-')).length
  const removed = lines.filter((l) => !l.startsWith('+')).length
  return [`diff --git a/${path} b/${path}`, `--- a/${path}`, `+++ b/${path}`, `@@ -30,${removed} +30,${added} @@${header}`, ...lines].join('\n')
}

testRule(registered('python/open-redirect'), {
  valid: [
    // Checked in the lines the hunk shows.
    {
      code: '',
      diff: diff('auth/views.py', ' def login():', [
        '     login_user(user)',
        '+    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.host}):',
        '+        next_url = "/"',
        '+    return redirect(next_url)',
      ]),
    },
    // A parameter is the caller's value.
    { code: 'from flask import redirect\n\ndef finish(next_url):\n    return redirect(next_url)', path: 'auth/helpers.py' },
    // Other names stay unknown.
    {
      code: '',
      diff: diff('auth/views.py', ' def login():', [
        '     login_user(user)',
        '-    return redirect(url_for("home"))',
        '+    return redirect(home_page)',
      ]),
    },
  ],
  invalid: [
    {
      code: '',
      diff: diff('auth/views.py', ' def login():', [
        '     login_user(user)',
        '     log.info("login %s", user.email)',
        '-    return redirect(url_for("home"))',
        '+    return redirect(next_url)',
      ]),
      findings: [{ line: 32 }],
    },
  ],
})
