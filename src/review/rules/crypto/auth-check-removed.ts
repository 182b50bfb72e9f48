// Flags a change that takes an authentication or authorization check off code that stays (CWE-862/306): a
// `@login_required`, `@permission_required`, `@jwt_required`, `@admin_required`-style decorator or a NestJS
// `@UseGuards(...)` removed from a view, handler or controller the change keeps; a FastAPI `Depends(get_current_user)`
// or `dependencies=[Depends(require_admin)]` dropped; a DRF `permission_classes` rewritten to `AllowAny` or emptied;
// an Express or Koa route rewritten without the `requireAuth`/`passport.authenticate(...)` middleware it had.
// Handler bodies and wiring too: a deleted `if not current_user.is_admin: abort(403)` guard, an owner condition dropped
// from a query keyed by a request id (IDOR, CWE-639), `router.use(requireAuth)` moved below routes, Django auth mixins
// dropped from a view's bases, Flask `decorators`/`method_decorators` emptied, a Next.js `matcher` narrowed, `@Public()`
// on a state-changing NestJS handler, a tRPC mutation made a `publicProcedure`, a route moved out of a guarded prefix.
// Quiet when the new side of the hunk puts another check in its place (any decorator, dependency, middleware or
// guard named for authentication, roles or permissions), when the view itself is deleted, and in tests. The removed
// line is the evidence, so it needs no view of where the check was enforced.
import type { DiffLine, FileRule, FileUnderReview, Hunk, Language, RuleHit } from '../../types'
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

/** Flask `MethodView.decorators` / Flask-RESTX `Resource.method_decorators`: checks applied to every method of the class. */
const PY_CLASS_DECORATORS = /^\s*(method_decorators|decorators)\s*=\s*[[(](.*)[\])]\s*$/
/** A class statement with its bases (`class ProjectUpdateView(LoginRequiredMixin, UpdateView):`). */
const PY_CLASS_BASES = /^\s*class\s+(\w+)\s*\((.*)\)\s*:/
/** A Django (or django-braces, guardian) mixin that turns callers away: `LoginRequiredMixin`, `PermissionRequiredMixin`, `UserPassesTestMixin`. */
const AUTH_MIXIN = /^\w*(?:Login|Permission|Perm|UserPassesTest|Staff|Superuser|Admin|Auth|Role|Owner|Member|Access|Group)\w*Mixin$/
/** A mixin that only asks for a signed-in user: any other check left on the view implies it. */
const LOGIN_ONLY_MIXIN = /^(?:LoginRequiredMixin|AuthenticatedMixin|AuthRequiredMixin)$/

/** A route a site serves to anyone on purpose, read-only: health and readiness probes, API docs, a public catalogue or feed. */
const PUBLIC_PATH = /^\/?(?:[\w-]+\/)?(?:health\w*|livez|readyz|ready|status|ping|version|docs?|openapi[\w.]*|swagger[\w.-]*|redoc|public|catalog(?:ue)?|robots\.txt|sitemap[\w.]*|favicon[\w.]*|\.well-known)(?:\/|$)/i
/**
 * Endpoints that must answer callers without a session: signing in or up, password resets, email verification,
 * OAuth callbacks, invitations, webhooks (signed by their sender). Making one of these public is the point of the change.
 */
const AUTH_FLOW = /(?:log_?in|log_?out|sign_?(?:in|up|out)|sign-(?:in|up|out)|register|refresh|token|password|forgot|reset|verif|confirm|callback|webhook|oauth|sso\b|saml|magic|invit|unsubscribe|\/auth\b|^auth)/i

/** A Python route decorator: `@router.get("/healthz", ...)`, `@app.route("/x", methods=["POST"])`, `@bp.post(...)`. */
const PY_ROUTE = /^\s*@[\w.]+\.(get|post|put|patch|delete|route|api_route)\(\s*[rf]?(['"])([^'"]*)\2(.*)$/

/**
 * An ownership condition in a query: a column named for who owns the row compared with the caller
 * (`owner=request.user`, `Document.owner_id == user.id`, `userId: req.user.id`, `author: ctx.state.user._id`).
 */
const OWNER_FILTER = /\b([\w.]*(?:owner|user|author|customer|creator|created_by|account|tenant|member)\w*)\s*(?:==|=|:)\s*(?:self\.)?(?:request\.user|current_user|g\.user|user|req\.user|ctx\.state\.user|ctx\.user|context\.user|ctx\.session\.user|session\.user|res\.locals\.user|currentUser|get_jwt_identity\(\))\b[!?]?(?:\.\w+)?/i
/** Any mention of the caller: a rewrite that still scopes by it (`request.user.invoices`, `if invoice.userId !== req.user.id`). */
const CALLER = /\b(?:request\.user|current_user|g\.user|req\.user|ctx\.state\.user|ctx\.user|context\.user|ctx\.session\.user|session\.user|res\.locals\.user|currentUser|get_jwt_identity|user\.id|user\._id|user_id|userId|ownerId|owner_id|authorId|author_id)\b/
/** A record id the query still looks up by: the request names it, so without the owner filter any id can be fetched. */
const RECORD_ID = /\b(?:pk|id|_id)\s*(?:=(?!=)|:)|[{,]\s*(?:id|_id)\s*[,}]|\.(?:id|pk)\s*==|\bparams\.\w+|\bfindBy(?:Pk|Id)\(|\bget(?:_or_404)?\(\s*\w+\s*,\s*\w+\s*\)/
/** A data-access call. */
const QUERY_CALL = /\.(?:get|filter|filter_by|where|find\w*|delete\w*|update\w*|destroy|count|exists)\(|\bget_object_or_404\(|\bget_list_or_404\(/

/** A deny: the branch of a guard that turns the caller away. */
const DENY = /\babort\(\s*40[13]\b|\braise\s+(?:\w+\.)?(?:PermissionDenied|Forbidden|Unauthorized|NotAuthorized|AuthenticationFailed|NotAuthenticated)\b|\braise\s+HTTPException\(\s*(?:status_code\s*=\s*)?(?:40[13]\b|status\.HTTP_40[13])|HttpResponseForbidden|\bstatus\s*=\s*40[13]\b|\bsendStatus\(\s*40[13]\b|\.status\(\s*40[13]\b|\bthrow\s+new\s+\w*(?:Forbidden|Unauthori[sz]ed|Authentication|Authori[sz]ation|Permission|AccessDenied)\w*|\bthrow\s+new\s+\w*Error\(\s*['"`][^'"`]*(?:authenticat|authori[sz]|forbidden|permission|not allowed|signed in|logged in|log in|sign in)|\bctx\.throw\(\s*40[13]\b|\bcode:\s*['"](?:UNAUTHORIZED|FORBIDDEN)['"]|\breturn\s+(?:\w+\.)?(?:text|json)\([^)]*\b40[13]\b|\breturn\s+40[13]\b/
/** What a guard's condition asks about: the caller, their role or permissions. */
const GUARD_CONDITION = /\b(?:request\.user|current_user|g\.user|req\.user|ctx\.state\.user|ctx\.user|context\.user|session|user|is_admin|isAdmin|is_staff|is_superuser|has_perm\w*|has_role|hasRole|hasPermission|can\w*|role|roles|permissions?|is_authenticated|isAuthenticated)\b/
/** A check written another way: a helper named for it (`requireUser(...)`, `canViewUser(...)`, `assert_can_edit(...)`, `authorize(...)`). */
const CHECK_CALL = /\b(?:require|ensure|assert|check|verify|authori[sz]e|guard|can|must)(?:[A-Z_]\w*)?\s*\(|\b\w*(?:_required|Required)\s*\(/

/** A tRPC procedure: `remove: protectedProcedure.input(...)`; the builder names who may call it. */
const TRPC_PROCEDURE = /^\s*(\w+)\s*:\s*(\w*Procedure|t\.procedure)\b/
/** NestJS markers that exempt a handler from the global auth guard. */
const PUBLIC_MARKER = /^\s*@(Public|IsPublic|AllowAnonymous|SkipAuth|SkipJwt\w*|NoAuth|Unprotected|AllowUnauthenticated|PublicRoute|Anonymous)\(\s*\)/
/** `@UseGuards(...)` naming only authentication guards (`JwtAuthGuard`, `AuthGuard('jwt')`, `SessionGuard`). */
const GLOBAL_AUTH_GUARD = /^\s*@UseGuards\(\s*(?:\w*(?:Jwt|Auth|Session|Authenticated)\w*Guard(?:\([^)]*\))?\s*,?\s*)+\)/
/** A NestJS handler's HTTP method decorator. */
const NEST_VERB = /^\s*@(Get|Post|Put|Patch|Delete|All|Head|Options)\(/
/** A route prefix only privileged callers reach, where an app mounts its guard as a whole (`app.use('/admin/*', bearerAuth(...))`). */
const PRIVILEGED_PREFIX = /^\/(admin|internal|private|manage|management|staff|ops|backoffice|superuser)(?=\/)/i

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
      'A change that takes the login, permission or ownership check off a view, handler or controller it keeps opens that code to callers the check turned away: anonymous visitors, users without the role, or other users reaching a record by its id (CWE-862, CWE-306, CWE-639). Reported: a removed `@login_required`/`@permission_required`/`@jwt_required`/`@admin_required`-style decorator or NestJS `@UseGuards(...)`/type-graphql `@Authorized(...)`; a dropped FastAPI `Depends(get_current_user)`-style dependency; DRF `permission_classes` rewritten to `AllowAny` or emptied, Flask-RESTX `method_decorators` or MethodView `decorators` written without their check; Django `LoginRequiredMixin`/`PermissionRequiredMixin` dropped from a class-based view\'s bases; an Express/Koa route registered again without its `requireAuth`/`passport.authenticate(...)` middleware, moved out of a guarded `/admin` prefix, or left above a `router.use(requireAuth)` moved down; an `if not current_user.is_admin: abort(403)`-style guard deleted from a handler body; an owner condition (`owner=request.user`, `userId: req.user.id`) dropped from a query that still looks a record up by its id; a Next.js middleware `matcher` narrowed off a path; `@Public()`/`@SkipAuth()` added to a NestJS handler that changes state; a tRPC mutation moved to `publicProcedure`. Not reported: a check replaced by another one, moved to the router, class or a base class in the same change, a view deleted along with its check, read-only endpoints made public on purpose (health, docs, a public catalogue), tests.',
    examples: {
      bad: '--- a/app/admin.py\n+++ b/app/admin.py\n@@ -10,3 +10,2 @@\n @bp.post("/users/<int:user_id>/delete")\n-@admin_required\n-def delete_user(user_id):\n+def delete_user(user_id: int):\n',
      good: '--- a/app/admin.py\n+++ b/app/admin.py\n@@ -10,3 +10,3 @@\n @bp.post("/users/<int:user_id>/delete")\n-@admin_required\n+@permission_required("users.delete")\n def delete_user(user_id):\n',
    },
  },
  check(file: FileUnderReview): RuleHit[] {
    // A file that removes nothing can still exempt a kept handler from the guard (`@Public()` added).
    if (file.isTest || file.changeType === 'added') return []
    const hits: RuleHit[] = []
    const handlers: RuleHit[] = []
    const classChecks = addedClassChecks(file)
    const lifted = liftedGuards(file)
    for (const hunk of file.hunks) {
      if (file.language === 'python') hits.push(...pythonRemovals(hunk, classChecks))
      else hits.push(...javascriptRemovals(hunk, file))
      handlers.push(...ownershipFiltersDropped(hunk), ...inlineGuardsDeleted(hunk, file, lifted))
    }
    if (file.language !== 'python') hits.push(...routerUseMovedDown(file), ...nextMatcherNarrowed(file))
    // One comment per line: a handler that loses both its guard and its owner filter is one finding.
    const seen = new Set(hits.map((h) => h.line))
    return [...hits, ...handlers.filter((h) => !seen.has(h.line) && seen.add(h.line))]
  },
}

/** The hunk's removed lines: each one's index and its code without a comment. */
function* removedCode(lines: readonly DiffLine[], language: Language): Generator<{ i: number; code: string }> {
  for (let i = 0; i < lines.length; i++) if (lines[i]!.kind === 'del') yield { i, code: stripComment(lines[i]!.text, language) }
}

function pythonRemovals(hunk: Hunk, classChecks: boolean): RuleHit[] {
  const hits: RuleHit[] = []
  const lines = hunk.lines
  for (const { i, code } of removedCode(lines, 'python')) {
    const decorator = PY_AUTH_DECORATOR.exec(code)
    if (decorator) {
      // `decorators = [jwt_required()]` on the class (Flask MethodView, Flask-RESTX) applies it to every method.
      const hit = classChecks ? undefined : removedDecorator(lines, i, (decorator[1] ?? decorator[2])!, 'python')
      if (hit) hits.push(hit)
      continue
    }
    const listed = PY_CLASS_DECORATORS.exec(code)
    if (listed && AUTH_WORD.test(listed[2]!)) {
      // The list written again without a check; a list deleted outright leaves no line of the new side to report on.
      const again = lines.slice(i + 1).find((l) => l.kind === 'add' && PY_CLASS_DECORATORS.exec(stripComment(l.text, 'python'))?.[1] === listed[1])
      if (again && !AUTH_WORD.test(PY_CLASS_DECORATORS.exec(stripComment(again.text, 'python'))![2]!)) {
        hits.push(hit(again, `\`${listed[1]}\` was \`[${listed[2]!.trim()}]\` and this change writes it without the check: every method of the resource now answers anonymous callers`, `Keep \`${listed[1]} = [${listed[2]!.trim()}]\`, or decorate each method that still needs it in the same change.`))
      }
      continue
    }
    const bases = PY_CLASS_BASES.exec(code)
    if (bases) {
      const dropped = droppedMixins(lines, i, bases[1]!, bases[2]!)
      if (dropped) hits.push(dropped)
      continue
    }
    const dependency = PY_AUTH_DEPENDENCY.exec(code)
    if (dependency && !added(lines).some((l) => PY_AUTH_DEPENDENCY.test(stripComment(l.text, 'python'))) && !publicReadRoute(lines, i - 4, i + 4)) {
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

function javascriptRemovals(hunk: Hunk, file: FileUnderReview): RuleHit[] {
  const hits: RuleHit[] = []
  const lines = hunk.lines
  for (const { i, code } of removedCode(lines, 'javascript')) {
    const decorator = TS_AUTH_DECORATOR.exec(code)
    // An authentication guard taken off while the file marks handlers `@Public()`: the app has a global guard now
    // (`APP_GUARD`), which covers what `@UseGuards(JwtAuthGuard)` covered. Role guards are not global this way.
    if (decorator && GLOBAL_AUTH_GUARD.test(code) && file.addedLines.some((l) => PUBLIC_MARKER.test(l.text))) continue
    if (decorator) {
      const hit = removedDecorator(lines, i, decorator[1]!, 'js')
      if (hit) hits.push(hit)
      continue
    }
    const procedure = TRPC_PROCEDURE.exec(code)
    if (procedure && !/^public/i.test(procedure[2]!)) {
      const opened = procedureOpened(lines, i, procedure[1]!, procedure[2]!)
      if (opened) hits.push(opened)
      continue
    }
    const route = JS_ROUTE.exec(code)
    if (route && !checks(route[5]!)[0]) {
      const moved = routeMovedOutOfPrefix(lines, i, route)
      if (moved) hits.push(moved)
      continue
    }
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
    // The check moved to the router: `router.use(requireAuth)` added above the route covers it.
    if (routerWideCheckAbove(file, route[1]!, again.newLine!)) continue
    if (publicRead(route[2]!, route[4]!)) continue
    hits.push(hit(again, `\`${route[2]!.toUpperCase()} ${route[4]}\` was registered behind \`${middleware}\` and this change registers it without it: the handler now runs for any caller, signed in or not`, `Keep \`${middleware}\` in the route's middleware, or apply it to the router (\`router.use(${middleware})\`) in the same change.`))
  }
  hits.push(...publicMarkerAdded(lines))
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
  if (!target || !definition || publicReadRoute(lines, start, end + 1)) return undefined
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

/** A class-level check the change adds (`decorators = [jwt_required()]`): the methods' own decorators moved there. */
function addedClassChecks(file: FileUnderReview): boolean {
  return file.addedLines.some((l) => {
    const listed = PY_CLASS_DECORATORS.exec(stripComment(l.text, 'python'))
    return listed !== null && AUTH_WORD.test(listed[2]!)
  })
}

/**
 * A class-based view written again with fewer auth mixins (`class V(LoginRequiredMixin, PermissionRequiredMixin, UpdateView)`
 * -> `class V(SuccessMessageMixin, UpdateView)`). Quiet when the new bases bring in a mixin named for a check, or a base
 * class the change defines on top of one (`TeamProjectMixin(LoginRequiredMixin)`), and when only the login mixin goes
 * while a permission mixin stays (a permission check turns anonymous callers away too).
 */
function droppedMixins(lines: readonly DiffLine[], i: number, name: string, oldBases: string): RuleHit | undefined {
  const again = lines.slice(i + 1).find((l) => l.kind === 'add' && PY_CLASS_BASES.exec(stripComment(l.text, 'python'))?.[1] === name)
  if (!again) return undefined
  const baseList = (text: string): string[] => text.split(',').map((b) => b.trim().split('.').pop()!).filter((b) => b && !b.includes('='))
  const before = baseList(oldBases)
  const now = baseList(PY_CLASS_BASES.exec(stripComment(again.text, 'python'))![2]!)
  const removed = before.filter((b) => AUTH_MIXIN.test(b) && !now.includes(b))
  if (removed.length === 0) return undefined
  const brought = now.filter((b) => !before.includes(b))
  if (brought.some((b) => AUTH_MIXIN.test(b) || definedOnCheck(lines, b))) return undefined
  if (removed.every((b) => LOGIN_ONLY_MIXIN.test(b)) && now.some((b) => AUTH_MIXIN.test(b))) return undefined
  return hit(
    again,
    `This change drops \`${removed.join('`, `')}\` from \`${name}\`'s bases, which it keeps: the view now serves callers the mixin turned away (anonymous visitors, users without the permission)`,
    `Keep \`${removed.join(', ')}\` first in \`${name}\`'s bases, or move the check to a shared base class in the same change.`,
  )
}

/** A class the hunk adds whose own bases include an auth mixin (`class TeamProjectMixin(LoginRequiredMixin):`). */
function definedOnCheck(lines: readonly DiffLine[], name: string): boolean {
  return lines.some((l) => {
    const bases = l.kind === 'add' ? PY_CLASS_BASES.exec(stripComment(l.text, 'python')) : null
    return bases !== null && bases[1] === name && bases[2]!.split(',').some((b) => AUTH_MIXIN.test(b.trim().split('.').pop()!))
  })
}

/** A read-only route on a path sites serve to anyone on purpose (`GET /healthz`, `GET /docs`, `GET /catalogue/...`). */
function publicRead(verb: string, path: string): boolean {
  return /^(?:get|head)$/i.test(verb) && PUBLIC_PATH.test(path)
}

/** Whether the route decorator of the definition around line `i` (its new side) serves a public read. */
function publicReadRoute(lines: readonly DiffLine[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < Math.min(lines.length, to); k++) {
    const l = lines[k]!
    if (l.kind === 'del') continue
    const py = PY_ROUTE.exec(l.text)
    if (py) {
      const verb = py[1] === 'route' ? (/methods\s*=\s*\[\s*['"]GET['"]\s*\]|^\s*\)|^[^m]*$/.test(py[4]!) ? 'get' : 'post') : py[1]!
      return publicRead(verb, py[3]!)
    }
    const nest = /^\s*@(Get|Head)\(\s*['"`]([^'"`]*)['"`]/.exec(l.text)
    if (nest) return publicRead(nest[1]!, nest[2]!)
  }
  return false
}

/** `router.use(requireAuth)` added at or above `line`: the router applies the check to every route registered after it. */
function routerWideCheckAbove(file: FileUnderReview, receiver: string, line: number): boolean {
  return file.addedLines.some((l) => {
    const use = JS_USE.exec(stripComment(l.text, 'javascript'))
    return use !== null && use[1] === receiver && l.newLine < line && useChecks(use[4]!).length > 0
  })
}

const JS_USE = /^\s*(\w+)\.use\(\s*(?:(['"`])([^'"`]*)\2\s*,)?(.*)\)\s*;?\s*$/
/** The middleware named for a check in a `use(...)` call (the whole argument list: `(c, next) => bearerAuth(...)(c, next)`). */
function useChecks(args: string): string[] {
  return [...args.matchAll(/[A-Za-z_$][\w$.]*/g)].map((m) => m[0]).filter((n) => JS_AUTH_NAME.test(n))
}

/**
 * `router.use(requireAuth)` moved below routes it used to cover: Express and Koa run middleware in registration order,
 * so the routes registered between its old and new place no longer pass through it. Reported only when those routes
 * are in view (the diff shows them), on the moved line.
 */
function routerUseMovedDown(file: FileUnderReview): RuleHit[] {
  const hits: RuleHit[] = []
  const removed: Array<{ receiver: string; args: string; at: number }> = []
  for (const hunk of file.hunks) {
    hunk.lines.forEach((l, k) => {
      const use = l.kind === 'del' ? JS_USE.exec(stripComment(l.text, 'javascript')) : null
      if (!use || useChecks(use[4]!).length === 0) return
      const next = hunk.lines.slice(k + 1).find((n) => n.kind !== 'del')
      removed.push({ receiver: use[1]!, args: use[0].replace(/\s+/g, ''), at: next?.newLine ?? hunk.newStart + hunk.newLines })
    })
  }
  for (const was of removed) {
    const now = file.addedLines.find((l) => stripComment(l.text, 'javascript').replace(/\s+/g, '') === was.args)
    if (!now || now.newLine <= was.at) continue
    const uncovered = file.hunks.flatMap((h) => h.lines).filter((l) => {
      // Routes the change adds were never behind it; the ones that stay were.
      if (l.kind !== 'context' || l.newLine! < was.at || l.newLine! >= now.newLine) return false
      const route = JS_ROUTE.exec(stripComment(l.text, 'javascript'))
      return route !== null && route[1] === was.receiver && checks(route[5]!).length === 0
    }).map((l) => { const r = JS_ROUTE.exec(stripComment(l.text, 'javascript'))!; return `${r[2]!.toUpperCase()} ${r[4]}` })
    if (uncovered.length === 0) continue
    hits.push(hit(now, `\`${now.text.trim()}\` now runs after ${uncovered.join(', ')}: middleware applies only to routes registered after it, so those routes no longer pass through the check`, `Register \`${now.text.trim()}\` above the routes it protects (only the public ones, such as login, belong above it).`))
  }
  return hits
}

/**
 * A Next.js `middleware.ts` whose `matcher` loses a path no remaining pattern covers: the middleware (the session or
 * role check) no longer runs there. Paths served to anyone on purpose (docs, health) and locale-only middleware are left alone.
 */
function nextMatcherNarrowed(file: FileUnderReview): RuleHit[] {
  if (!/(?:^|\/)(?:src\/)?(?:middleware|proxy)\.[jt]s$/.test(file.path)) return []
  const hits: RuleHit[] = []
  for (const hunk of file.hunks) {
    if (hunk.lines.some((l) => /\bi18n|locale|next-intl/i.test(l.text))) continue
    const side = (kind: 'add' | 'del'): string[] | undefined => {
      const text = hunk.lines.filter((l) => l.kind === 'context' || l.kind === kind).map((l) => stripComment(l.text, 'javascript')).join('\n')
      const m = /\bmatcher\s*:\s*(\[[^\]]*\]|(['"`])[^'"`]*\2)/.exec(text)
      return m ? [...m[1]!.matchAll(/(['"`])([^'"`]+)\1/g)].map((p) => p[2]!) : undefined
    }
    const before = side('del')
    const now = side('add')
    if (!before || !now) continue
    const lost = before.filter((p) => !now.includes(p) && !now.some((n) => covers(n, p)) && !PUBLIC_PATH.test(p) && !AUTH_FLOW.test(p))
    const at = hunk.lines.find((l) => l.kind === 'add' && /\bmatcher\b/.test(l.text)) ?? hunk.lines.find((l) => l.kind === 'add')
    if (lost.length === 0 || !at) continue
    hits.push(hit(at, `The middleware's \`matcher\` no longer includes ${lost.map((p) => `\`${p}\``).join(', ')}: the middleware (the session or role check it makes) does not run for those paths any more`, `Keep ${lost.map((p) => `\`${p}\``).join(', ')} in the matcher, or check the session in those routes themselves in the same change.`))
  }
  return hits
}

/** Whether matcher pattern `n` matches every path `p` matched: a prefix (`/api/:path*` covers `/api/billing/:path*`) or a catch-all that does not exclude it. */
function covers(n: string, p: string): boolean {
  const catchAll = /^\/\(\(\?!([^)]*)\)\.\*\)$/.exec(n)
  if (catchAll) return !catchAll[1]!.split('|').some((x) => x && p.replace(/^\//, '').startsWith(x.replace(/\\/g, '').replace(/\$$/, '')))
  const prefix = n.replace(/\/(?::\w+[*+]|\(\.\*\))$/, '')
  return n !== prefix && (p === prefix || p.startsWith(prefix + '/'))
}

/**
 * A tRPC mutation moved from an authenticated procedure builder (`protectedProcedure`, `authedProcedure`,
 * `adminProcedure`) to `publicProcedure`: anyone can now call it. Queries made public are left alone, since
 * publishing read-only data (a post by id, the latest posts) is a choice a project makes.
 */
function procedureOpened(lines: readonly DiffLine[], i: number, key: string, builder: string): RuleHit | undefined {
  const k = lines.findIndex((l, j) => j > i && l.kind === 'add' && TRPC_PROCEDURE.exec(stripComment(l.text, 'javascript'))?.[1] === key)
  if (k < 0) return undefined
  const now = TRPC_PROCEDURE.exec(stripComment(lines[k]!.text, 'javascript'))![2]!
  if (!/^(?:publicProcedure|t\.procedure|baseProcedure)$/.test(now) || AUTH_FLOW.test(key)) return undefined
  let mutation = false
  for (let j = k; j < lines.length; j++) {
    const l = lines[j]!
    if (l.kind === 'del') continue
    if (j > k && TRPC_PROCEDURE.test(l.text)) break
    if (/\.(?:mutation|subscription)\(/.test(l.text)) mutation = true
  }
  if (!mutation) return undefined
  return hit(lines[k]!, `\`${key}\` was a \`${builder}\` mutation and this change makes it a \`${now}\`: its auth middleware no longer runs, so anonymous callers can invoke it`, `Keep \`${key}\` on \`${builder}\` (or a stricter procedure); if part of it must be public, split that part into its own procedure.`)
}

/**
 * A route moved out of a privileged prefix the app guards as a whole (`/admin/cache/purge` -> `/cache/purge` next
 * to `app.use('/admin/*', bearerAuth(...))`): the handler stays, the prefix guard no longer covers it.
 */
function routeMovedOutOfPrefix(lines: readonly DiffLine[], i: number, route: RegExpExecArray): RuleHit | undefined {
  const prefix = PRIVILEGED_PREFIX.exec(route[4]!)
  if (!prefix) return undefined
  const rest = route[4]!.slice(prefix[0].length)
  const handler = route[5]!.replace(/\s+/g, '')
  let k = i + 1
  while (k < lines.length && lines[k]!.kind === 'del') k++
  for (; k < lines.length && lines[k]!.kind === 'add'; k++) {
    const again = JS_ROUTE.exec(stripComment(lines[k]!.text, 'javascript'))
    if (!again || again[1] !== route[1] || again[2] !== route[2] || PRIVILEGED_PREFIX.test(again[4]!)) continue
    if (again[4] !== rest && again[5]!.replace(/\s+/g, '') !== handler) continue
    if (checks(again[5]!).length > 0 || publicRead(again[2]!, again[4]!) || AUTH_FLOW.test(again[4]!)) return undefined
    return hit(lines[k]!, `\`${route[2]!.toUpperCase()} ${route[4]}\` moves to \`${again[4]}\`, outside \`/${prefix[1]}\`: whatever guards that prefix (\`use('/${prefix[1]}/*', ...)\`) no longer runs for it`, `Keep the route under \`/${prefix[1]}/\`, or give it its own check (\`${again[1]}.${again[2]}('${again[4]}', requireAdmin, ...)\`).`)
  }
  return undefined
}

/**
 * `@Public()` / `@SkipAuth()` / `@AllowAnonymous()` added to a NestJS handler the change keeps that changes state
 * (`@Post`, `@Put`, `@Patch`, `@Delete`): the global guard now lets anonymous callers through. Read-only handlers
 * (`@Get('health')`) and handlers the change adds are left alone: making those public is a decision, not a slip.
 */
function publicMarkerAdded(lines: readonly DiffLine[]): RuleHit[] {
  const hits: RuleHit[] = []
  lines.forEach((line, i) => {
    const marker = line.kind === 'add' ? PUBLIC_MARKER.exec(line.text) : null
    if (!marker) return
    let verb: string | undefined
    for (let k = i + 1; k < lines.length; k++) {
      const l = lines[k]!
      if (l.kind === 'del') continue
      const v = NEST_VERB.exec(l.text)
      if (v) verb = v[1]
      if (/^\s*@|^\s*$/.test(l.text)) continue
      const definition = TS_DEFINITION.exec(l.text)
      const name = definition ? (definition[1] ?? definition[2]) : undefined
      const kept = l.kind === 'context' || lines.some((d) => d.kind === 'del' && name !== undefined && TS_DEFINITION.exec(d.text)?.slice(1).includes(name))
      // A change that deletes `@UseGuards(...)` in the same file is moving to a global guard: `@Public()` keeps open what was open.
      const globalGuard = lines.some((d) => d.kind === 'del' && /^\s*@UseGuards\(/.test(d.text))
      const path = lines.slice(i, k).map((d) => NEST_VERB.test(d.text) ? d.text : '').join('')
      if (name && kept && verb && !/^(?:Get|Head|Options)$/.test(verb) && !globalGuard && !AUTH_FLOW.test(name) && !AUTH_FLOW.test(path)) {
        hits.push(hit(line, `\`@${marker[1]}()\` exempts \`${name}\` (\`@${verb}\`) from the authentication guard: a handler that changes state now runs for anonymous callers`, `Remove \`@${marker[1]}()\` from \`${name}\`; if the action must work without a session, authenticate it another way (a signed token in the request) in the same change.`))
      }
      return
    }
  })
  return hits
}

/** The line's assignment target, object key or called name: how a rewritten query is paired with the one it replaces. */
function head(text: string): string | undefined {
  const assigned = /^\s*(?:(?:const|let|var)\s+)?([^=(:]+?)(?:\s*:\s*[\w<>[\]|. ]+)?\s*=(?![=>])/.exec(text)
  if (assigned) return assigned[1]!.replace(/\s+/g, '')
  const key = /^\s*(\w+)\s*:/.exec(text)
  if (key) return key[1]
  return /^\s*(?:return\s+|await\s+)*([\w$.]+)\s*\(/.exec(text)?.[1]
}

/**
 * An ownership filter dropped from a query that still looks a record up by an id from the request
 * (`Invoice.objects.get(pk=pk, owner=request.user)` -> `Invoice.objects.get(pk=pk)`, `where: { id, userId: req.user.id }`
 * -> `where: { id }`): any signed-in user can now read or change another user's record (CWE-639). Quiet when the
 * rewrite still scopes by the caller (`request.user.invoices`, `ownerId: req.user.id`) or the lines after it compare the
 * record's owner with the caller.
 */
function ownershipFiltersDropped(hunk: Hunk): RuleHit[] {
  const hits: RuleHit[] = []
  const lines = hunk.lines
  for (const { i, code } of removedCode(lines, 'javascript')) {
    const owner = OWNER_FILTER.exec(code)
    if (!owner || !(QUERY_CALL.test(code) || /^\s*(?:where|filter)\s*:/.test(code))) continue
    // The route around it rewritten too: its middleware now decides who gets in (a signed link in place of the session
    // and the owner filter), and a route that lost its check is reported there.
    const route = lines.slice(0, i).reverse().find((l) => JS_ROUTE.test(stripComment(l.text, 'javascript')))
    if (route?.kind === 'del') continue
    const key = head(code)
    let k = i + 1
    while (k < lines.length && lines[k]!.kind === 'del') k++
    const run = k
    let rewrite: DiffLine | undefined
    for (; k < lines.length && lines[k]!.kind === 'add'; k++) if (key !== undefined && head(lines[k]!.text) === key) { rewrite = lines[k]; break }
    if (!rewrite) continue
    const text = stripComment(rewrite.text, 'javascript')
    if (CALLER.test(text) || !RECORD_ID.test(text)) continue
    const around = lines.slice(run, k + 7).filter((l) => l.kind === 'add' && l !== rewrite)
    if (around.some((l) => CALLER.test(l.text) && /\bif\b|\bassert\b|!==?|===?|\.equals\(|\bis not\b/.test(l.text))) continue
    hits.push(hit(rewrite, `This change drops \`${owner[0].trim()}\` from the query, which still looks the record up by an id the request names: any signed-in user can now reach another user's record by changing the id (IDOR)`, `Keep the owner condition in the query (\`${owner[0].trim()}\`), or load the record through the caller (\`request.user.invoices\`, \`where: { id, userId }\`) and answer 404 when it is not theirs.`))
  }
  return hits
}

/**
 * A guard deleted from a handler the change keeps: `if not current_user.is_admin: abort(403)`,
 * `if (!req.user.isAdmin) return res.sendStatus(403)`, `if (!context.user) throw new AuthenticationError(...)`.
 * Quiet when the handler goes too, and when the change puts a check back in the same handler: a deny, a condition on
 * the caller, a decorator or middleware named for a check, a helper such as `requireUser(...)` or `canViewUser(...)`.
 */
function inlineGuardsDeleted(hunk: Hunk, file: FileUnderReview, lifted: Lifted): RuleHit[] {
  if (lifted.hook) return []
  const family = file.language === 'python' ? 'python' : 'js'
  const hits: RuleHit[] = []
  const lines = hunk.lines
  const lang = family === 'python' ? 'python' : 'javascript'
  const indent = (l: DiffLine): number => /^\s*/.exec(l.text)![0].length
  const blank = (l: DiffLine): boolean => l.text.trim() === ''
  for (const { i, code } of removedCode(lines, lang)) {
    if (!/^\s*if\b/.test(code) || !GUARD_CONDITION.test(code)) continue
    // The guard's deny: on the same line, or the next removed line or two (`abort(403)`, `throw ...`, then `}`).
    let last = DENY.test(code) ? i : -1
    for (let k = i + 1; last < 0 && k <= i + 2 && k < lines.length && lines[k]!.kind === 'del'; k++) if (DENY.test(lines[k]!.text)) last = k
    if (last < 0) continue
    const asked = guardCondition(code)
    if (asked.length > 3 && lifted.conditions.has(asked)) continue
    const g = indent(lines[i]!)
    let start = i - 1
    while (start >= 0 && (blank(lines[start]!) || indent(lines[start]!) >= g)) start--
    if (start >= 0 && lines[start]!.kind === 'del' && !rewritten(lines, start)) continue
    if (start >= 0 && family === 'python') while (start > 0 && /^\s*@/.test(lines[start - 1]!.text) && indent(lines[start - 1]!) === indent(lines[start]!)) start--
    const bound = start >= 0 ? indent(lines[start]!) : g - 1
    let end = last + 1
    while (end < lines.length && (blank(lines[end]!) || indent(lines[end]!) > bound)) end++
    const span = lines.slice(Math.max(start, 0), end)
    const replaced = span.some((l) => {
      if (l.kind !== 'add') return false
      const t = stripComment(l.text, lang)
      const decorator = /^\s*@([\w.]+)/.exec(t)?.[1]
      const route = JS_ROUTE.exec(t)
      return DENY.test(t) || CHECK_CALL.test(t) || (decorator !== undefined && AUTH_WORD.test(decorator)) ||
        (route !== null && checks(route[5]!).length > 0) || (/^\s*(?:if|elif|else if)\b|^\s*\}?\s*else\s+if\b/.test(t) && GUARD_CONDITION.test(t))
    })
    if (replaced) continue
    const at = lines.slice(last + 1, end).find((l) => l.kind === 'add') ?? span.find((l) => l.kind === 'add')
    if (!at) continue
    const guard = code.trim().length > 80 ? `${code.trim().slice(0, 77)}...` : code.trim()
    hits.push(hit(at, `This change deletes the guard \`${guard}\` from a handler it keeps: the handler now runs for callers the guard turned away (anonymous visitors, users without the role)`, 'Keep the guard, or replace it in the same change with the check the handler needs now (a decorator, a route middleware, a policy call).'))
  }
  return hits
}

interface Lifted {
  /** The change adds a hook that runs before every route (`@bp.before_request`, `router.use(requireAdmin)`, a Fastify `preHandler`). */
  hook: boolean
  /** The conditions of the `if` lines the change adds anywhere in the file, normalised. */
  conditions: Set<string>
}

/** Where a guard deleted from a handler may have gone: a hook before every route, or the same condition in another function. */
function liftedGuards(file: FileUnderReview): Lifted {
  const lang = file.language === 'python' ? 'python' : 'javascript'
  const added = file.addedLines.map((l) => stripComment(l.text, lang))
  return {
    hook: added.some((t) => /@\w+\.before_(?:app_)?request\b|\baddHook\(\s*['"](?:onRequest|preHandler|preValidation)|\bpreHandler\s*:/.test(t) || useChecks(JS_USE.exec(t)?.[4] ?? '').length > 0),
    conditions: new Set(added.filter((t) => /^\s*if\b/.test(t)).map(guardCondition)),
  }
}

/** A guard's condition without the `if`, negations, brackets and the deny written on the same line. */
function guardCondition(text: string): string {
  return text.replace(/^\s*if\b/, '').replace(/[\s()!:{]|\bnot\b/g, '').replace(/return.*$|abort.*$|raise.*$|throw.*$/, '')
}

/** Whether the removed definition header at `k` is written again (renamed arguments, a wrapper): the handler stays. */
function rewritten(lines: readonly DiffLine[], k: number): boolean {
  const name = (text: string): string | undefined => PY_DEFINITION.exec(text)?.[1] ?? JS_ROUTE.exec(text)?.[4] ?? /^\s*(?:async\s+)?(\w+)\s*[:(=]/.exec(text)?.[1]
  const was = name(lines[k]!.text)
  return was !== undefined && lines.some((l) => l.kind === 'add' && name(l.text) === was)
}

function hit(line: DiffLine, message: string, suggestion: string): RuleHit {
  return { line: line.newLine!, message, suggestion }
}
