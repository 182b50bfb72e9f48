// Flags CSRF protection switched off where cookies authenticate (CWE-352): Django `@csrf_exempt` (also through
// `method_decorator`) and Flask-WTF `@csrf.exempt` on a view that changes state for a logged-in user,
// `CsrfViewMiddleware` dropped from a settings module's `MIDDLEWARE`, `WTF_CSRF_ENABLED = False` outside test
// configuration, `csrf.exempt(blueprint)` and `csrf_exempt(view)` in urls.py, DRF `enforce_csrf` overridden to do
// nothing, and Express csurf/csrf-csrf told to skip POST, PUT, PATCH or DELETE
// (`ignoreMethods`/`ignoredMethods`) or bypassed for a path of the user's pages. Quiet: webhook receivers (named so, or checking a signature), views
// authenticated by a token or API key, GET-only and read-only views, test/dev settings. Known false positives: a view
// whose authentication the lines below it do not show (a decorator or middleware from elsewhere).
import type { DiffLine, LineContext, LineRule, RuleHit } from '../../types'
import { stripComment } from '../../source'
import { inDevConfigClass, inDevOnlyBlock } from './util'

const PREFILTER = /csrf|CSRF|CsrfViewMiddleware|MIDDLEWARE|gnoreMethods|gnoredMethods/
/** csurf's `ignoreMethods` and csrf-csrf's `ignoredMethods`: methods that pass without a token. */
const JS_IGNORED = /\bignored?Methods\s*:\s*\[([^\]]*)\]/
const UNSAFE_METHOD = /["'`](POST|PUT|PATCH|DELETE)["'`]/i
/** A branch taken outside production: `NODE_ENV === 'production' ? csrf() : csrf({ ignoreMethods: [...] })`. */
const NON_PRODUCTION_BRANCH = /NODE_ENV\s*===?\s*["'`]production["'`]\s*$|NODE_ENV\s*===?\s*["'`]production["'`]\s*\?|NODE_ENV\s*!==?\s*["'`]production["'`]/
/** The view body a decorator applies to: this many lines below it at most. */
const VIEW_WINDOW = 60

/** A receiver for another service's calls: its requests carry no user's cookies. */
const WEBHOOK_NAME = /webhook|hook\b|_hook|callback|_ipn\b|\bipn|notif(y|ication)|events?_receiver|inbound|\bslack_|\bstripe_|\bgithub_|\btwilio_|\bpaypal_/i
/** The body checks the sender's signature or authenticates by a token, header key or API key (no ambient cookie). */
const SIGNED_OR_TOKEN = /signature|\bhmac\b|compare_digest|construct_event|verify_webhook|validate_signature|RequestValidator|verify_request|HTTP_AUTHORIZATION|["']Authorization["']|\bBearer\b|api[_-]?key|X-Api-Key|authenticate_token|token_required|api_key_required|require_api_key|TokenAuthentication|JWTAuthentication|jwt_required|verify_jwt/i
/** The view relies on the session's user (Django/Flask-Login decorators and mixins, `request.user`, `current_user`, the session), or logs one in (login CSRF). */
const SESSION_AUTH = /\blogin\(request\b|\bauthenticate\(request\b|@login_required|@permission_required|@staff_member_required|@user_passes_test|@superuser_required|LoginRequiredMixin|PermissionRequiredMixin|UserPassesTestMixin|request\.user\b|request\.session\b|\bcurrent_user\b|\bsession\[/
/** The view refuses anyone not logged in by the session: a decorator or mixin that demands the user. */
const LOGIN_DECORATOR = /@login_required|@permission_required|@staff_member_required|@user_passes_test|@superuser_required|LoginRequiredMixin|PermissionRequiredMixin|UserPassesTestMixin/
/** Writes: ORM saves and deletes, a session commit, a form's POST data, a password or login change. */
const CHANGES_STATE = /\.(save|delete|create|update|update_or_create|get_or_create|bulk_create|set_password|add|remove|clear|commit|execute|send)\(|request\.(POST|FILES|body)\b|request\.method\s*==\s*["'](POST|PUT|PATCH|DELETE)["']|\b(login|logout)\(request|\bdef\s+(post|put|patch|delete)\s*\(/
/**
 * Django's generic editing views (and DRF's writable generic views) take POST, PUT or DELETE and save or delete without
 * the class writing the method: `class ProfileUpdateView(LoginRequiredMixin, UpdateView)` changes state as it stands.
 */
const EDITING_VIEW = /\bclass\s+\w+\s*\([^)]*\b(?:CreateView|UpdateView|DeleteView|FormView|ProcessFormView|BaseCreateView|BaseUpdateView|BaseDeleteView|DeletionMixin|CreateAPIView|UpdateAPIView|DestroyAPIView|ListCreateAPIView|RetrieveUpdateAPIView|RetrieveDestroyAPIView|RetrieveUpdateDestroyAPIView|ModelViewSet)\b/
/** The view answers safe methods only. */
const SAFE_METHODS_ONLY = /@require_(GET|safe)\b|@require_http_methods\(\s*\[\s*["'](GET|HEAD)["']\s*(,\s*["'](GET|HEAD|OPTIONS)["']\s*)*\]\s*\)|@[\w.]+\.get\(|methods\s*=\s*\[\s*["']GET["']\s*\]/

const EXEMPT_DECORATOR = /^\s*@(?:(?:\w+\.)*csrf_exempt|(?:csrf|csrf_protect|csrfprotect)\.exempt)\s*$|^\s*@method_decorator\(\s*csrf_exempt\b/
const EXEMPT_CALL = /^\s*(?:csrf|csrf_protect|csrfprotect)\.exempt\(\s*([\w.]+)\s*\)/
const WTF_DISABLED = /\bWTF_CSRF_ENABLED["']?\]?\s*[=:]\s*False\b|\bWTF_CSRF_ENABLED\s*=\s*False\b/
const SETTINGS_PATH = /(?:^|\/)(?:[A-Za-z0-9]+[_-])?settings(?:[_-][A-Za-z0-9]+)?\.py$|(?:^|\/)settings\/[^/]+\.py$|(?:^|\/)config\/(?:settings|production|prod|base)[^/]*\.py$/
const CSRF_MIDDLEWARE = /["']django\.middleware\.csrf\.CsrfViewMiddleware["']/

/** The lines of the decorated definition: decorators below this one, the `def`/`class` line and its indented body. */
function decorated(ctx: LineContext): DiffLine[] {
  const indent = /^\s*/.exec(ctx.line.text)![0].length
  const out: DiffLine[] = []
  let seenDef = false
  for (const l of ctx.after(VIEW_WINDOW)) {
    const t = l.text
    if (t.trim() === '') {
      out.push(l)
      continue
    }
    const own = /^\s*/.exec(t)![0].length
    if (seenDef && own <= indent) break
    if (!seenDef && /^\s*(async\s+def|def|class)\b/.test(t)) seenDef = true
    out.push(l)
  }
  return out
}

/** Whether an `if` above the line at a smaller indent tests for a test or development run. */
function inTestingBlock(ctx: LineContext): boolean {
  if (inDevOnlyBlock(ctx)) return true
  let indent = /^\s*/.exec(ctx.line.text)![0].length
  for (const l of [...ctx.before(40)].reverse()) {
    if (indent === 0) break
    if (l.text.trim() === '') continue
    const own = /^\s*/.exec(l.text)![0].length
    if (own >= indent) continue
    if (/^\s*(if|elif)\b.*\b(TESTING|testing|is_test|IS_TEST|PYTEST|pytest)\b/.test(l.text)) return true
    indent = own
  }
  return false
}

/** The decorators stacked above this one (`@app.post("/x")` over `@csrf.exempt`). */
function decoratorsAbove(ctx: LineContext): string[] {
  const out: string[] = []
  for (const l of [...ctx.before(10)].reverse()) {
    if (!/^\s*@/.test(l.text)) break
    out.push(l.text)
  }
  return out
}

function exemptView(ctx: LineContext): RuleHit | undefined {
  const body = decorated(ctx)
  const text = [...decoratorsAbove(ctx), ctx.line.text, ...body.map((l) => l.text)].join('\n')
  const def = /^\s*(?:async\s+def|def|class)\s+(\w+)/m.exec(text)?.[1] ?? ''
  // A name like a receiver's (`update_notifications`) says nothing once the view demands a logged-in user: no other service logs in.
  if ((WEBHOOK_NAME.test(def) && !LOGIN_DECORATOR.test(text)) || SIGNED_OR_TOKEN.test(text)) return undefined
  // `@method_decorator(csrf_exempt, name="dispatch")` on a class: its `post`/`put`/`delete` methods change state.
  const editing = EDITING_VIEW.test(text)
  if (/\bclass\s/.test(text) ? !editing && !/\bdef\s+(post|put|patch|delete)\s*\(/.test(text) : SAFE_METHODS_ONLY.test(text)) return undefined
  if (!SESSION_AUTH.test(text) || (!editing && !CHANGES_STATE.test(text))) return undefined
  return {
    line: ctx.line.newLine,
    message: `\`${ctx.line.text.trim()}\` turns off CSRF protection for \`${def || 'this view'}\`, which changes state for the logged-in user: any website they visit can submit this request with their session cookie`,
    suggestion: 'Keep the CSRF check and send the token from your front end (`X-CSRFToken` header from the `csrftoken` cookie); exempt only endpoints authenticated by a signature or a token, never by the session cookie.',
  }
}

function middlewareWithoutCsrf(ctx: LineContext): RuleHit | undefined {
  const code = stripComment(ctx.line.text, 'python')
  // `# "django.middleware.csrf.CsrfViewMiddleware",` written by the change: the entry commented out of the list.
  if (/^\s*#\s*["']django\.middleware\.csrf\.CsrfViewMiddleware["']/.test(ctx.line.text)) {
    const list = [...ctx.before(30)].reverse().find((l) => /^\s*MIDDLEWARE(_CLASSES)?\s*=/.test(l.text))
    if (!list) return undefined
    return {
      line: ctx.line.newLine,
      message: '`CsrfViewMiddleware` is commented out of `MIDDLEWARE`: no view checks a CSRF token, so any website a logged-in user visits can post forms to this site with their session cookie',
      suggestion: 'Keep `django.middleware.csrf.CsrfViewMiddleware` in `MIDDLEWARE`; exempt single webhook views with `@csrf_exempt` where a signature authenticates them.',
    }
  }
  // `MIDDLEWARE.remove("django.middleware.csrf.CsrfViewMiddleware")`.
  if (/^\s*MIDDLEWARE(_CLASSES)?\.remove\(\s*["']django\.middleware\.csrf\.CsrfViewMiddleware["']\s*\)/.test(code)) {
    return {
      line: ctx.line.newLine,
      message: '`CsrfViewMiddleware` is removed from `MIDDLEWARE`: no view checks a CSRF token, so any website a logged-in user visits can post forms to this site with their session cookie',
      suggestion: 'Keep `django.middleware.csrf.CsrfViewMiddleware` in `MIDDLEWARE`; exempt single webhook views with `@csrf_exempt` where a signature authenticates them.',
    }
  }
  // A `MIDDLEWARE = [ … ]` list written by the change, with sessions and no CSRF entry.
  if (!/^MIDDLEWARE(_CLASSES)?\s*=\s*[[(]\s*$/.test(code)) return undefined
  const items: string[] = []
  for (const l of ctx.after(40)) {
    if (/^\s*[\])]/.test(l.text)) break
    // The entry commented out: reported on its own line.
    if (/^\s*#\s*["']django\.middleware\.csrf\.CsrfViewMiddleware["']/.test(l.text)) return undefined
    items.push(stripComment(l.text, 'python'))
  }
  const list = items.join('\n')
  if (!/SessionMiddleware|AuthenticationMiddleware/.test(list) || CSRF_MIDDLEWARE.test(list)) return undefined
  return {
    line: ctx.line.newLine,
    message: '`MIDDLEWARE` keeps sessions but has no `CsrfViewMiddleware`: no view checks a CSRF token, so any website a logged-in user visits can post forms to this site with their session cookie',
    suggestion: 'Add `django.middleware.csrf.CsrfViewMiddleware` after `SessionMiddleware`; exempt single webhook views with `@csrf_exempt` where a signature authenticates them.',
  }
}

/** lusca's CSRF check switched off in its options (`lusca({ csrf: false, xframe: 'SAMEORIGIN' })`), the call on this line or a few above. */
function luscaOff(ctx: LineContext, code: string): RuleHit | undefined {
  if (!/(?<![\w$.])csrf\s*:\s*false\b/.test(code)) return undefined
  if (!/\blusca\s*\(/.test(code) && !ctx.before(6).some((l) => /\blusca\s*\(/.test(l.text))) return undefined
  if (inDevOnlyBlock(ctx) || ctx.before(4).some((l) => NON_PRODUCTION_BRANCH.test(l.text))) return undefined
  return {
    line: ctx.line.newLine,
    message: "`csrf: false` turns off lusca's CSRF check for the whole app: any website a logged-in user visits can submit forms here with their session cookie",
    suggestion: 'Keep `csrf: true` and send the token (`res.locals._csrf`) from your forms and front end; exempt only webhook routes that check a signature.',
  }
}

/** csurf/csrf-csrf told to let a state-changing method through without a token. */
function ignoredMethods(ctx: LineContext): RuleHit | undefined {
  const code = stripComment(ctx.line.text, ctx.file.language)
  const lusca = luscaOff(ctx, code)
  if (lusca) return lusca
  const list = JS_IGNORED.exec(code)
  const unsafe = list ? UNSAFE_METHOD.exec(list[1]!) : undefined
  if (!list || !unsafe) return undefined
  // The options of a development-only branch (`NODE_ENV === 'production' ? csrf() : csrf({ ignoreMethods: … })`).
  if (inDevOnlyBlock(ctx) || ctx.before(4).some((l) => NON_PRODUCTION_BRANCH.test(l.text))) return undefined
  return {
    line: ctx.line.newLine,
    message: `\`${list[0]}\` lets ${unsafe[1]!.toUpperCase()} requests through without a CSRF token: any website a logged-in user visits can send them with their session cookie`,
    suggestion: "Ignore only the safe methods (`['GET', 'HEAD', 'OPTIONS']`, the default) and send the token from your forms and front end.",
  }
}

/** `if (req.path.startsWith('/account')) return next()`: a path test that hands the request on before the CSRF check. */
const PATH_SKIP = /^\s*if\s*\((.*\b(?:req|request)\.(?:path|url|originalUrl|baseUrl)\b.*)\)\s*\{?\s*return\s+next\(\s*\)/
/** The CSRF middleware called by hand on the same request (`csrfProtection(req, res, next)`, `lusca.csrf()(req, res, next)`). */
const CSRF_CALL = /\b\w*(?:csrf|Csrf|CSRF|csurf)\w*\s*(?:\([^()]*\))?\s*\(\s*req\s*,\s*res\s*,\s*next\s*\)/
/** Paths of endpoints that other services or token-holding clients call, which carry no user's cookie. */
const MACHINE_PATH = /webhook|hook|callback|ipn|notif|inbound|stripe|github|slack|twilio|paypal|\/api\b|graphql|oauth|saml|health|metrics|static|assets|public/i
/** A skip that also asks for a token or signature the browser would not send on its own. */
const TOKEN_TEST = /authorization|bearer|api[-_]?key|x-api|signature|token/i

/**
 * Express: a middleware that lets requests under some paths past the CSRF check it applies to the rest. Endpoints other
 * services call (webhooks, OAuth callbacks) or that take a bearer token may skip it; pages of the signed-in user's
 * account, settings or admin area are where cross-site forms do their harm. The skip is reported on its `if`; the
 * CSRF call it goes around sits within the next lines.
 */
function pathSkip(ctx: LineContext): RuleHit | undefined {
  const code = stripComment(ctx.line.text, ctx.file.language)
  const skip = PATH_SKIP.exec(code)
  if (!skip || !ctx.after(4).some((l) => CSRF_CALL.test(l.text))) return undefined
  const cond = skip[1]!
  if (TOKEN_TEST.test(cond)) return undefined
  let paths = [...cond.matchAll(/(["'`])(\/[^"'`]*)\1/g)].map((p) => p[2]!)
  // `if (CSRF_EXEMPT.includes(req.path))`: the list written above.
  const list = /\b([A-Za-z_$][\w$]*)\.(?:includes|has|some)\(/.exec(cond)?.[1]
  if (paths.length === 0 && list) {
    const decl = ctx.before(40).map((l) => l.text).join('\n')
    const body = new RegExp(`\\b${list.replace(/\$/g, '\\$')}\\s*=\\s*(?:new Set\\(\\s*)?\\[([^\\]]*)\\]`).exec(decl)?.[1]
    paths = body ? [...body.matchAll(/(["'`])(\/[^"'`]*)\1/g)].map((p) => p[2]!) : []
  }
  const user = paths.filter((p) => p !== '/' && !MACHINE_PATH.test(p))
  if (user.length === 0) return undefined
  return {
    line: ctx.line.newLine,
    message: `\`${code.trim()}\` lets requests to \`${user[0]}\` past the CSRF check: any website a logged-in user visits can submit to those routes with their session cookie`,
    suggestion: 'Exempt only endpoints that other services call with a signature (webhooks) or that authenticate by a token; keep the check on routes that rely on the session cookie, and send the token from their forms.',
  }
}

export const csrfDisabled: LineRule = {
  kind: 'line',
  meta: {
    id: 'crypto/csrf-disabled',
    title: 'CSRF protection turned off',
    severity: 'major',
    category: 'security',
    pack: 'crypto',
    tier: 'recommended',
    languages: ['python', 'javascript', 'typescript'],
    description:
      'With CSRF protection off, any website a logged-in user visits can send requests to this site that carry their session cookie: change their e-mail or password, delete their account, make purchases (CWE-352). Reported: `@csrf_exempt`/`@csrf.exempt` on a view that changes state for the session\'s user, `CsrfViewMiddleware` left out of `MIDDLEWARE`, `WTF_CSRF_ENABLED = False` outside test configuration, `csrf.exempt(blueprint)`, `csrf_exempt(view)` in a URL table, a DRF `SessionAuthentication` whose `enforce_csrf` checks nothing, Express csurf/csrf-csrf skipping POST, PUT, PATCH or DELETE, lusca with `csrf: false`, an Express middleware that hands requests under the signed-in user\'s paths (`/account`, `/settings`) to `next()` before the CSRF check it applies to the rest. Webhook receivers, views that check a signature or authenticate by a token, read-only views and test settings are not reported.',
    examples: {
      bad: '@csrf_exempt\n@login_required\ndef update_email(request):\n    request.user.email = request.POST["email"]\n    request.user.save()\n    return JsonResponse({"ok": True})\n',
      good: '@login_required\n@require_POST\ndef update_email(request):\n    request.user.email = request.POST["email"]\n    request.user.save()\n    return JsonResponse({"ok": True})\n',
    },
  },
  trigger: ['csrf', 'CSRF', 'Csrf', 'MIDDLEWARE', 'gnoreMethods', 'gnoredMethods'],
  check(ctx) {
    const text = ctx.line.text
    if (ctx.file.language !== 'python' && /return\s+next\(/.test(text) && !ctx.file.isTest && !ctx.source.isDevOrTest) return pathSkip(ctx)
    if (!PREFILTER.test(text) || ctx.file.isTest || ctx.source.isDevOrTest) return undefined
    if (ctx.file.language !== 'python') return ignoredMethods(ctx)
    if (EXEMPT_DECORATOR.test(text)) return exemptView(ctx)
    if (/MIDDLEWARE|CsrfViewMiddleware/.test(text) && SETTINGS_PATH.test(ctx.file.path)) return middlewareWithoutCsrf(ctx)
    const code = stripComment(text, 'python')
    if (WTF_DISABLED.test(code) || /\bupdate\([^)]*\bWTF_CSRF_ENABLED\s*=\s*False\b/.test(code)) {
      // A test configuration built in place: `create_app({"TESTING": True, "WTF_CSRF_ENABLED": False})`.
      const near = [...ctx.before(3), ctx.line, ...ctx.after(3)].map((l) => l.text).join('\n')
      if (inDevConfigClass(ctx) || inTestingBlock(ctx) || /\bTESTING["']?\s*[:=]\s*True\b/.test(near) || /\btest/i.test(ctx.enclosingFunction() ?? '')) return undefined
      return {
        line: ctx.line.newLine,
        message: '`WTF_CSRF_ENABLED = False` turns off Flask-WTF\'s CSRF check for every form: any website a logged-in user visits can submit them with their session cookie',
        suggestion: 'Leave it on (the default) and set it to `False` only in the testing configuration (`class TestingConfig`).',
      }
    }
    // DRF's `SessionAuthentication` subclassed with an `enforce_csrf` that checks nothing: session-authenticated API calls need no token.
    if (/^\s*def\s+enforce_csrf\s*\(/.test(code) && !ctx.after(8).some((l) => /\b(super\(|raise\b|CSRFCheck|check_token|PermissionDenied)/.test(l.text))) {
      const body = ctx.after(8).filter((l) => l.text.trim() !== '' && !/^\s*#/.test(l.text))
      if (body.length > 0 && /^\s*(return(\s+None)?|pass|\.\.\.)\s*$/.test(body[0]!.text)) {
        return {
          line: ctx.line.newLine,
          message: '`enforce_csrf` is overridden to check nothing: every API call authenticated by the session cookie is accepted without a CSRF token, so any website a logged-in user visits can make it',
          suggestion: 'Keep `SessionAuthentication` as it is and send the `X-CSRFToken` header from your front end, or authenticate the API by a token instead of the session.',
        }
      }
    }
    // `path("profile/update/", csrf_exempt(views.update_profile))` in a URL table.
    const wrapped = /\b(?:path|re_path|url)\(\s*r?["'][^"']*["']\s*,\s*csrf_exempt\(\s*([\w.]+)/.exec(code)
    if (wrapped && !WEBHOOK_NAME.test(wrapped[1]!) && !/api|graphql|token|Api|GraphQL|Token/.test(wrapped[1]!)) {
      return {
        line: ctx.line.newLine,
        message: `\`csrf_exempt(${wrapped[1]})\` turns off CSRF protection for that view: unless it authenticates by a token or a signature, any website a logged-in user visits can submit to it with their session cookie`,
        suggestion: 'Keep the CSRF check on views that use the session; exempt only webhook receivers that check a signature, or token-authenticated API views.',
      }
    }
    const exempt = EXEMPT_CALL.exec(code)
    if (exempt && !WEBHOOK_NAME.test(exempt[1]!) && !/\bapi\b|_api\b|api_|Api/.test(exempt[1]!)) {
      return {
        line: ctx.line.newLine,
        message: `\`${code.trim()}\` turns off CSRF protection for every view of \`${exempt[1]}\`: unless they authenticate by a token, any website a logged-in user visits can submit to them with their session cookie`,
        suggestion: 'Exempt only webhook receivers that check a signature, or token-authenticated API views; keep the check on views that use the session.',
      }
    }
    return undefined
  },
}
