/**
 * SolidStart server functions: `redirect()` from @solidjs/router, thrown or returned, sends the browser to its target,
 * so one taken from the submitted form is an open redirect. Look-alikes: a path the code builds, a same-site check.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const TS = { path: 'src/lib/projects.ts' }
const ACTION = (body: string) => `import { action, redirect } from '@solidjs/router'\nexport const save = action(async (form: FormData) => {\n  'use server'\n  const next = String(form.get('next') ?? '')\n${body}})\n`

testRule(registered('js/open-redirect'), {
  valid: [
    { ...TS, code: ACTION("  throw redirect(`/projects/${encodeURIComponent(String(form.get('slug')))}`)\n") },
    { ...TS, code: ACTION("  throw redirect(next.startsWith('/') && !next.startsWith('//') ? next : '/')\n") },
  ],
  invalid: [
    { ...TS, code: ACTION("  throw redirect(next || '/projects')\n"), findings: [{ line: 5 }] },
    { ...TS, code: ACTION("  return redirect(next)\n"), findings: [{ line: 5 }] },
  ],
})
