import { csrfDisabled } from '../../../../src/review/rules/crypto/csrf-disabled'
import { testRule } from '../../rule-tester'

const VIEWS = 'accounts/views.py'
const EMAIL_VIEW = '@login_required\n@require_POST\ndef update_email(request):\n    request.user.email = request.POST["email"]\n    request.user.save()\n    return JsonResponse({"ok": True})\n'
const MIDDLEWARE_HEAD = 'MIDDLEWARE = [\n    "django.middleware.security.SecurityMiddleware",\n    "django.contrib.sessions.middleware.SessionMiddleware",\n'
const MIDDLEWARE_TAIL = '    "django.contrib.auth.middleware.AuthenticationMiddleware",\n]\n'

testRule(csrfDisabled, {
  valid: [
    // Webhook receivers: named so, or checking the sender's signature.
    { code: `@csrf_exempt\n@require_POST\ndef stripe_webhook(request):\n    event = handle(request.body)\n    Order.objects.filter(pk=event["id"]).update(paid=True)\n    return HttpResponse()\n`, path: VIEWS },
    { code: `@csrf_exempt\ndef receive(request):\n    if not hmac.compare_digest(sign(request.body), request.headers["X-Sig"]):\n        return HttpResponseForbidden()\n    request.user.profile.save()\n    return HttpResponse()\n`, path: VIEWS },
    // A token-authenticated API view, a GET-only view, a view that changes nothing.
    { code: `@csrf_exempt\n@require_POST\ndef create_note(request):\n    token = request.headers.get("Authorization", "")\n    user = user_for(token)\n    user.notes.create(body=request.POST["body"])\n    return JsonResponse({})\n`, path: VIEWS },
    { code: `@csrf_exempt\n@require_GET\n@login_required\ndef export(request):\n    return JsonResponse(request.user.profile.preferences)\n`, path: VIEWS },
    { code: `@app.post("/status")\n@csrf.exempt\ndef status():\n    return {"ok": current_user.is_authenticated}\n`, path: 'app/views.py' },
    // The middleware kept, or a settings module for tests.
    { code: `${MIDDLEWARE_HEAD}    "django.middleware.csrf.CsrfViewMiddleware",\n${MIDDLEWARE_TAIL}`, path: 'shop/settings.py' },
    { code: `${MIDDLEWARE_HEAD}${MIDDLEWARE_TAIL}`, path: 'shop/settings_test.py' },
    // Flask-WTF switched off for tests only.
    { code: 'class TestingConfig(Config):\n    TESTING = True\n    WTF_CSRF_ENABLED = False\n', path: 'app/config.py' },
    { code: 'def create_app():\n    app = Flask(__name__)\n    if app.config.get("TESTING"):\n        app.config["WTF_CSRF_ENABLED"] = False\n    return app\n', path: 'app/__init__.py' },
    { code: 'csrf.exempt(webhooks_bp)\ncsrf.exempt(api_bp)\n', path: 'app/__init__.py' },
    { code: 'WTF_CSRF_ENABLED = False\n', path: 'tests/conftest.py' },
    { code: 'app = create_app({"TESTING": True, "WTF_CSRF_ENABLED": False})\n', path: 'app/factory.py' },
    // DRF's check kept, URL tables exempting only webhooks and token APIs, a view that logs nobody in.
    { code: 'class StrictSession(SessionAuthentication):\n    def enforce_csrf(self, request):\n        return super().enforce_csrf(request)\n', path: 'accounts/authentication.py' },
    { code: 'urlpatterns = [\n    path("hooks/github/", csrf_exempt(views.github_hook)),\n    path("api/notes/", csrf_exempt(views.api_notes)),\n]\n', path: 'accounts/urls.py' },
    { code: '@csrf_exempt\ndef ping(request):\n    return JsonResponse({"pong": True})\n', path: VIEWS },
    // A receiver named for notifications, with no login demanded: another service posts to it.
    { code: '@csrf_exempt\n@require_POST\ndef payment_notification(request):\n    Order.objects.filter(ref=request.POST["ref"]).update(paid=True)\n    return HttpResponse()\n', path: VIEWS },
    // Express: only the safe methods skipped, or a development-only configuration.
    { code: "app.use(csurf({ cookie: true, ignoreMethods: ['GET', 'HEAD', 'OPTIONS'] }))\n", path: 'src/app.js' },
    { code: "app.use(\n  process.env.NODE_ENV === 'production'\n    ? csrf({ cookie: true })\n    : csrf({\n        ignoreMethods: ['GET', 'HEAD', 'OPTIONS', 'POST'],\n      }),\n)\n", path: 'src/security/csrf.ts' },
    { code: "const { doubleCsrfProtection } = doubleCsrf({ getSecret, ignoredMethods: ['GET', 'POST'] })\n", path: 'test/helpers/csrf.js' },
  ],
  invalid: [
    { code: `@csrf_exempt\n${EMAIL_VIEW}`, path: VIEWS, findings: [{ line: 1, message: /update_email/ }] },
    { code: '@method_decorator(csrf_exempt, name="dispatch")\nclass PreferencesView(LoginRequiredMixin, View):\n    def post(self, request):\n        request.user.profile.update(prefs=request.POST)\n        return JsonResponse({})\n', path: VIEWS, findings: [{ line: 1 }] },
    { code: `${MIDDLEWARE_HEAD}    # "django.middleware.csrf.CsrfViewMiddleware",\n${MIDDLEWARE_TAIL}`, path: 'shop/settings.py', findings: [{ line: 4, message: /commented out/ }] },
    { code: `${MIDDLEWARE_HEAD}${MIDDLEWARE_TAIL}`, path: 'shop/settings.py', findings: [{ line: 1, message: /no `CsrfViewMiddleware`/ }] },
    { code: 'class Config:\n    SECRET_KEY = os.environ["SECRET_KEY"]\n    WTF_CSRF_ENABLED = False\n', path: 'app/config.py', findings: [{ line: 3 }] },
    { code: 'app.config["WTF_CSRF_ENABLED"] = False\n', path: 'admin/app.py', findings: [{ line: 1 }] },
    { code: 'csrf.exempt(account_bp)\n', path: 'app/__init__.py', findings: [{ line: 1 }] },
    { code: 'class CsrfExemptSessionAuthentication(SessionAuthentication):\n    def enforce_csrf(self, request):\n        return\n', path: 'accounts/authentication.py', findings: [{ line: 2, message: /enforce_csrf/ }] },
    { code: 'urlpatterns = [\n    path("profile/update/", csrf_exempt(views.update_profile)),\n]\n', path: 'accounts/urls.py', findings: [{ line: 2 }] },
    // A settings view named for notifications is no receiver once it demands the logged-in user.
    { code: '@csrf_exempt\n@login_required\n@require_POST\ndef update_notifications(request):\n    prefs = request.user.notification_settings\n    prefs.forward_to = request.POST.get("forward_to", "")\n    prefs.save()\n    return JsonResponse({"saved": True})\n', path: VIEWS, findings: [{ line: 1, message: /update_notifications/ }] },
    // Login CSRF: the form logs the visitor in to the session the attacker chose.
    { code: '@csrf_exempt\ndef login_view(request):\n    user = authenticate(request, username=request.POST["u"], password=request.POST["p"])\n    login(request, user)\n    return HttpResponseRedirect("/")\n', path: VIEWS, findings: [{ line: 1 }] },
    { code: "module.exports = csurf({\n  cookie: true,\n  ignoreMethods: ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT'],\n})\n", path: 'middleware/csrf.js', findings: [{ line: 3, message: /POST requests/ }] },
    { code: "const { doubleCsrfProtection } = doubleCsrf({ getSecret, ignoredMethods: ['GET', 'HEAD', 'OPTIONS', 'DELETE'] })\n", path: 'src/app.ts', findings: [{ line: 1 }] },
  ],
})

// An Express middleware that hands some paths to next() before the CSRF check it runs for the rest: the signed-in user's
// pages are reported, webhook receivers, OAuth callbacks and token-authenticated API routes are not.
const SKIP = (cond: string, list = '') =>
  `const csrfProtection = csrf({ cookie: true })\n${list}app.use((req, res, next) => {\n  if (${cond}) return next()\n  return csrfProtection(req, res, next)\n})\n`
testRule(csrfDisabled, {
  valid: [
    { code: SKIP("req.path.startsWith('/webhooks/')"), path: 'src/app.js' },
    { code: SKIP("req.path === '/auth/callback'"), path: 'src/app.js' },
    { code: SKIP("req.path.startsWith('/api/') && req.get('authorization')"), path: 'src/app.ts' },
    { code: SKIP('EXEMPT.includes(req.path)', "const EXEMPT = ['/stripe/events', '/github/hooks']\n"), path: 'src/app.js' },
    // a skip for other reasons, with no CSRF call after it
    { code: "app.use((req, res, next) => {\n  if (req.path.startsWith('/account')) return next()\n  return rateLimit(req, res, next)\n})\n", path: 'src/app.js' },
  ],
  invalid: [
    { code: SKIP("req.path.startsWith('/account')"), path: 'src/app.js', findings: [{ line: 3, message: /`\/account` past the CSRF check/ }] },
    { code: SKIP('EXEMPT.includes(req.path)', "const EXEMPT = ['/settings/profile', '/webhooks/stripe']\n"), path: 'src/app.ts', findings: [{ line: 4, message: /settings\/profile/ }] },
  ],
})

// Django's generic editing views save on POST without writing a post method: exempting one behind a login changes state
// for the logged-in user; a read-only generic view does not.
const CBV = (base: string) =>
  `from django.utils.decorators import method_decorator\nfrom django.views.decorators.csrf import csrf_exempt\n\n@method_decorator(csrf_exempt, name="dispatch")\nclass ProfileView(LoginRequiredMixin, ${base}):\n    model = Profile\n    fields = ["display_name", "email"]\n\n    def get_object(self, queryset=None):\n        return self.request.user.profile\n`
testRule(csrfDisabled, {
  valid: [{ code: CBV('DetailView'), path: VIEWS }],
  invalid: [
    { code: CBV('UpdateView'), path: VIEWS, findings: [{ line: 4, message: /ProfileView/ }] },
    { code: CBV('DeleteView'), path: VIEWS, findings: [{ line: 4 }] },
  ],
})

// lusca with its CSRF check switched off, against the check on and an unrelated `csrf: false` field.
testRule(csrfDisabled, {
  valid: [
    { code: "app.use(lusca({ csrf: true, xframe: 'SAMEORIGIN' }))\n", path: 'src/server.ts' },
    { code: "const features = {\n  csrf: false,\n}\n", path: 'src/flags.ts' },
  ],
  invalid: [
    { code: "app.use(\n  lusca({\n    csrf: false,\n    xframe: 'SAMEORIGIN',\n  }),\n)\n", path: 'src/server.ts', findings: [{ line: 3, message: /lusca/ }] },
  ],
})
