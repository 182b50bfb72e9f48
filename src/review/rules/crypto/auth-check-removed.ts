// Flags a change that takes an authentication or authorization check off code that stays (CWE-862/306): a
// `@login_required`, `@permission_required`, `@jwt_required`, `@admin_required`-style decorator or a NestJS
// `@UseGuards(...)` removed from a view, handler or controller the change keeps; a FastAPI `Depends(get_current_user)`
// or `dependencies=[Depends(require_admin)]` dropped; a DRF `permission_classes` rewritten to `AllowAny` or emptied;
// an Express or Koa route rewritten without the `requireAuth`/`passport.authenticate(...)` middleware it had.
// Quiet when the new side of the hunk puts another check in its place (any decorator, dependency, middleware or
// guard named for authentication, roles or permissions), when the view itself is deleted, and in tests. The removed
// line is the evidence, so it needs no view of where the check was enforced.
import type { DiffLine, FileRule, FileUnderReview, Hunk, RuleHit } from '../../types'
import { stripComment } from '../../source'

/** Words that name an authentication or authorization check. */
const AUTH_WORD = /auth|login|logged_?in|signed_?in|permission|perm_|perms\b|role|admin|staff|superuser|owner|jwt|token_required|api_?key|scope|guard|protect|session_required|verified|member|access/i

/** A decorator that checks who is calling (`@login_required`, `@permission_required("x")`, `@auth.login_required`, `@roles_required`). */
const PY_AUTH_DECORATOR = /^\s*@(?:[\w.]+\.)?(\w*(?:login_required|permission_required|permissions_required|staff_member_required|superuser_required|user_passes_test|admin_required|admin_only|roles_required|roles_accepted|role_required|jwt_required|fresh_jwt_required|token_required|auth_required|requires_auth|require_auth|requires_login|require_login|login_needed|require_permission|requires_permission|require_role|requires_role|api_key_required|require_api_key|authenticated|authorized)\w*)\b|^\s*@method_decorator\(\s*(login_required|permission_required|staff_member_required|user_passes_test)\b/

/** NestJS and TS decorator frameworks: a guard or role requirement on a controller or handler. */
const TS_AUTH_DECORATOR = /^\s*@(UseGuards|Roles|RequireRoles|RequirePermissions|Permissions|Authorized|Authenticated|RequireAuth|Auth)\s*\(/

/** A FastAPI dependency named for the caller's identity or rights. */
const PY_AUTH_DEPENDENCY = /\b(?:Depends|Security)\(\s*([\w.]*(?:current_user|current_active_user|authenticated|auth|login|verify_token|token|admin|permission|role|scope|api_key|principal|require)\w*)/i

/** DRF view permissions, and what turns them off. */
const DRF_PERMISSIONS = /^\s*(permission_classes|authentication_classes)\s*=\s*[[(](.*)[\])]/
const DRF_OPEN = /^\s*(?:AllowAny)?\s*,?\s*$/

/** An Express/Koa/Fastify route registration with its path: `router.delete('/users/:id', requireAuth, remove)`. */
const JS_ROUTE = /\b(\w+)\.(get|post|put|patch|delete|del|all)\(\s*(['"`])([^'"`]*)\3\s*,(.*)$/
/** Where a route's handler starts among its arguments: the middleware are the arguments before it. */
const JS_HANDLER = /\basync\b|\bfunction\b|\(\s*(?:req|request|ctx|c|event|_req)\b|\(\s*\)\s*=>|=>/
/** A middleware argument (`requireAuth`, `jwt`, `passport.authenticate(...)`, `authorize('admin')`) named for a check. */
const JS_MIDDLEWARE = /[A-Za-z_$][\w$.]*(?=\s*[,(])/g
const JS_AUTH_NAME = /auth|login|logged|signed_?in|signedIn|jwt|admin|role|perm|owner|guard|protect|session|token|scope|member|access|verified|acl|can\b|policy/i

const PY_DEFINITION = /^\s*(?:async\s+def|def|class)\s+(\w+)/
const TS_DEFINITION = /^\s*(?:export\s+)?(?:(?:public|private|protected|static|async|abstract)\s+)*(?:class\s+)?(\w+)\s*[(<{]|^\s*(?:export\s+)?(?:abstract\s+)?class\s+(\w+)/

export const authCheckRemoved: FileRule = {
  kind: 'file',
  meta: {
    id: 'crypto/auth-check-removed',
    title: 'Authentication or authorization check removed',
    severity: 'major',
    category: 'security',
    pack: 'crypto',
    tier: 'recommended',
    languages: ['python', 'javascript', 'typescript'],
    description:
      'A change that takes the login or permission check off a view, handler or controller it keeps opens that code to callers the check turned away: anonymous visitors, or users without the role (CWE-862, CWE-306). Reported: a removed `@login_required`/`@permission_required`/`@jwt_required`/`@admin_required`-style decorator or NestJS `@UseGuards(...)`, a dropped FastAPI `Depends(get_current_user)`-style dependency, DRF `permission_classes` rewritten to `AllowAny` or emptied, an Express/Koa route registered again without its `requireAuth`/`passport.authenticate(...)` middleware. Not reported: a check replaced by another one in the same hunk, a view deleted along with its check, tests.',
    examples: {
      bad: '--- a/app/admin.py\n+++ b/app/admin.py\n@@ -10,3 +10,2 @@\n @bp.post("/users/<int:user_id>/delete")\n-@admin_required\n-def delete_user(user_id):\n+def delete_user(user_id: int):\n',
      good: '--- a/app/admin.py\n+++ b/app/admin.py\n@@ -10,3 +10,3 @@\n @bp.post("/users/<int:user_id>/delete")\n-@admin_required\n+@permission_required("users.delete")\n def delete_user(user_id):\n',
    },
  },
  check(file: FileUnderReview): RuleHit[] {
    if (file.isTest || !file.hunks.some((h) => h.lines.some((l) => l.kind === 'del'))) return []
    const hits: RuleHit[] = []
    for (const hunk of file.hunks) {
      if (file.language === 'python') hits.push(...pythonRemovals(hunk))
      else hits.push(...javascriptRemovals(hunk))
    }
    return hits
  },
}

function pythonRemovals(hunk: Hunk): RuleHit[] {
  const hits: RuleHit[] = []
  const lines = hunk.lines
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (line.kind !== 'del') continue
    const code = stripComment(line.text, 'python')
    const decorator = PY_AUTH_DECORATOR.exec(code)
    if (decorator) {
      const hit = removedDecorator(lines, i, (decorator[1] ?? decorator[2])!, 'python')
      if (hit) hits.push(hit)
      continue
    }
    const dependency = PY_AUTH_DEPENDENCY.exec(code)
    if (dependency && !added(lines).some((l) => PY_AUTH_DEPENDENCY.test(stripComment(l.text, 'python')))) {
      const at = anchorAfter(lines, i)
      if (at) hits.push(hit(at, `This change drops \`${dependency[0]})\` from the endpoint: FastAPI no longer resolves who is calling before it runs, so anonymous or unprivileged requests reach it`, 'Keep the dependency on the route (in its parameters or in `dependencies=[...]`), or move it to the router (`APIRouter(dependencies=[Depends(...)])`) in the same change.'))
      continue
    }
    const drf = DRF_PERMISSIONS.exec(code)
    if (drf && !DRF_OPEN.test(drf[2]!)) {
      const replaced = lines.slice(i + 1).find((l) => l.kind === 'add' && DRF_PERMISSIONS.exec(stripComment(l.text, 'python'))?.[1] === drf[1])
      const opened = replaced && DRF_OPEN.test(DRF_PERMISSIONS.exec(stripComment(replaced.text, 'python'))![2]!)
      if (replaced && opened) hits.push(hit(replaced, `\`${drf[1]}\` was \`[${drf[2]!.trim()}]\` and this change opens it (\`${replaced.text.trim()}\`): the view now answers any caller, signed in or not`, 'Keep the permission classes the view had, or name the narrower ones it needs (`IsAuthenticated`, `IsAdminUser`, an object permission); a public view should have read-only methods.'))
    }
  }
  return hits
}

function javascriptRemovals(hunk: Hunk): RuleHit[] {
  const hits: RuleHit[] = []
  const lines = hunk.lines
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (line.kind !== 'del') continue
    const code = stripComment(line.text, 'javascript')
    const decorator = TS_AUTH_DECORATOR.exec(code)
    if (decorator) {
      const hit = removedDecorator(lines, i, decorator[1]!, 'js')
      if (hit) hits.push(hit)
      continue
    }
    const route = JS_ROUTE.exec(code)
    const middleware = route ? checks(route[5]!)[0] : undefined
    if (!route || !middleware) continue
    // The same route registered again on the new side, with no check among its arguments.
    const again = lines.slice(i + 1).find((l) => {
      if (l.kind !== 'add') return false
      const r = JS_ROUTE.exec(stripComment(l.text, 'javascript'))
      return r !== null && r[2] === route[2] && r[4] === route[4]
    })
    if (!again) continue
    // Any middleware the rewrite brings in may be the check in a new form (`verifyReceiptLink` for a signed link).
    const kept = middlewareOf(route[5]!)
    if (middlewareOf(JS_ROUTE.exec(stripComment(again.text, 'javascript'))![5]!).some((m) => !kept.includes(m))) continue
    hits.push(hit(again, `\`${route[2]!.toUpperCase()} ${route[4]}\` was registered behind \`${middleware}\` and this change registers it without it: the handler now runs for any caller, signed in or not`, `Keep \`${middleware}\` in the route's middleware, or apply it to the router (\`router.use(${middleware})\`) in the same change.`))
  }
  return hits
}

/** The middleware of a route's argument list: the names and calls before its handler. */
function middlewareOf(args: string): string[] {
  const handler = JS_HANDLER.exec(args)
  return [...(handler ? args.slice(0, handler.index) : args).matchAll(JS_MIDDLEWARE)].map((m) => m[0])
}

/** The middleware named for a check (`requireAuth`, `jwt`, `passport.authenticate`). */
function checks(args: string): string[] {
  return middlewareOf(args).filter((name) => JS_AUTH_NAME.test(name))
}

/**
 * A removed decorator whose definition the change keeps: the lines below it (skipping other
 * decorators and removed lines) reach a `def`/`class` or method that is still there, and no
 * decorator on the new side of that block is named for a check.
 */
function removedDecorator(lines: readonly DiffLine[], i: number, name: string, family: 'python' | 'js'): RuleHit | undefined {
  let start = i
  while (start > 0 && /^\s*@/.test(lines[start - 1]!.text)) start--
  const define = family === 'python' ? PY_DEFINITION : TS_DEFINITION
  let end = i + 1
  for (; end < lines.length; end++) {
    const l = lines[end]!
    // The definition itself removed (and not written again): the check went with the code it guarded.
    const removed = l.kind === 'del' ? define.exec(l.text) : null
    const name = removed ? (removed[1] ?? removed[2]) : undefined
    if (name !== undefined && !lines.some((a) => a.kind === 'add' && define.exec(a.text)?.slice(1).includes(name))) return undefined
    if (l.kind !== 'del' && !/^\s*@|^\s*$/.test(l.text)) break
  }
  const target = lines[end]
  const definition = target ? define.exec(target.text) : null
  if (!target || !definition) return undefined
  // Another check the change puts in its place (judged by name: a route's path may say `admin`). One that stays
  // (`@login_required` under a removed `@admin_required`) is not a replacement: the narrower check is gone.
  for (let k = start; k < end; k++) {
    const l = lines[k]!
    const decorator = /^\s*@([\w.]+)/.exec(l.text)?.[1]
    if (l.kind === 'add' && decorator && AUTH_WORD.test(decorator)) return undefined
  }
  const fn = (definition[1] ?? definition[2])!
  const added = lines.slice(start, end + 1).find((l) => l.kind === 'add')
  return hit(
    added ?? target,
    `This change removes \`@${name}\` from \`${fn}\`, which it keeps: the check no longer runs, so callers it turned away (anonymous visitors, users without the right role) reach \`${fn}\``,
    family === 'python'
      ? `Keep \`@${name}\` on \`${fn}\`, or replace it with the check the view needs now in the same change (\`@permission_required(...)\`, a \`LoginRequiredMixin\`).`
      : `Keep \`@${name}(...)\` on \`${fn}\`, or apply the guard to the controller (or globally) in the same change.`,
  )
}

/** The line a removed dependency is reported on: the next added line of the hunk, or the next line that stays. */
function anchorAfter(lines: readonly DiffLine[], i: number): DiffLine | undefined {
  for (let k = i + 1; k < lines.length; k++) if (lines[k]!.kind !== 'del') return lines[k]
  for (let k = i - 1; k >= 0; k--) if (lines[k]!.kind !== 'del') return lines[k]
  return undefined
}

/** The hunk's added lines: where a dependency moved to, if it moved (context lines hold other routes' checks). */
function added(lines: readonly DiffLine[]): DiffLine[] {
  return lines.filter((l) => l.kind === 'add')
}

function hit(line: DiffLine, message: string, suggestion: string): RuleHit {
  return { line: line.newLine!, message, suggestion }
}
