import { insecureCookie } from '../../../../src/review/rules/crypto/insecure-cookie'
import { testRule } from '../../rule-tester'

testRule(insecureCookie, {
  valid: [
    // Options kept in a constant whose name says nothing of cookies: judged where they are used.
    { code: "const AUTH_COOKIE = {\n  path: '/',\n  sameSite: 'lax',\n  httpOnly: false,\n  maxAge: THIRTY_DAYS,\n}\n", path: 'src/auth/cookies.js' },
    // Options with `sameSite` for a cookie named above them that holds a preference.
    { code: "res.cookie('theme', theme, {\n  maxAge: 31536000,\n  httpOnly: false,\n  sameSite: 'lax',\n})\n", path: 'src/routes/prefs.ts' },
    // A double-submit CSRF cookie named on the argument line under the call, after a session cookie set above it
    { code: 'resp.set_cookie("kiosk_session", sid, max_age=3600, path="/")\nresp.set_cookie(\n    "kiosk_csrf", csrf_token, max_age=3600, path="/", http_only=False, same_site="Strict"\n)\n', path: 'kiosk/sessions.py' },
    { code: 'factory = SignedCookieSessionFactory(secret, cookie_name="portal_session", secure=True, httponly=True)\n', path: 'portal/__init__.py' },
    // Auth libraries' cookie sections with the flag switched by environment; a `cookies` map of display data.
    { code: "export const sessionOptions = {\n  cookieName: 'app_session',\n  cookieOptions: { secure: process.env.NODE_ENV === 'production' },\n}\n", path: 'src/lib/session.ts' },
    { code: "const consent = {\n  cookies: { analytics: false, marketing: false },\n}\n", path: 'src/lib/consent.ts' },
    // A cookie that holds the time it was set proves nothing, whatever it is called.
    "res.cookie('last_login', new Date().toISOString(), { ...cookieOptions, httpOnly: false })\n",
    "response.set_cookie('last_login', datetime.now(timezone.utc).isoformat(), httponly=False)\n",
    // Cookies that describe the sign-in rather than carry it.
    "cookies.set('auth_hint', '1', { path: '/', httpOnly: false })\nres.cookie('login_redirect', next, { httpOnly: false })\n",
    // A long options object that is not a cookie's.
    "const transport = nodemailer.createTransport({\n  host: 'smtp.example.com',\n  port: 587,\n  auth: { user, pass },\n  pool: true,\n  maxConnections: 5,\n  secure: false,\n})\n",
    "res.cookie('session', sid, { httpOnly: true, secure: true, sameSite: 'lax' })\n",
    // Non-sensitive cookies may be readable by scripts; Secure off on a literal value or a preference.
    { code: 'resp.set_cookie("SomeCookie", value, secure=True, httponly=True)\nresp.set_cookie("banner_seen", "1", secure=False)\nresp.set_cookie("theme", request.args["t"], secure=False)\nresp.set_cookie("SomeCookie", value, httponly=False)\n', path: 'app/views.py' },
    // Both flags off on a cookie whose value is written in the code, or a preference: nothing to sniff.
    { code: "event.cookies.set('banner', '1', { path: '/', httpOnly: false, secure: false })\nevent.cookies.set('theme', theme, { path: '/', httpOnly: false, secure: false })\n", path: 'src/hooks.server.ts' },
    "res.cookie('theme', 'dark', { httpOnly: false })\n",
    "res.cookie('session', sid, { httpOnly: true, secure: process.env.NODE_ENV === 'production' })\n",
    // Not a cookie: nodemailer's STARTTLS flag.
    'const transport = nodemailer.createTransport({ host, port: 587, secure: false })\n',
    "res.cookie('sid', sid, { sameSite: 'none', secure: true, httpOnly: true })\n",
    { code: 'SESSION_COOKIE_SECURE = False\n', path: 'mysite/settings/dev.py' },
    { code: 'CSRF_COOKIE_HTTPONLY = False\n', path: 'mysite/settings.py' },
    // A double-submit CSRF cookie is read by the page's script, which sends it back in a header.
    { code: "setCookie(event, 'hd_csrf', randomBytes(24).toString('base64url'), {\n  path: '/',\n  sameSite: 'strict',\n  secure: true,\n  httpOnly: false,\n})\n", path: 'server/routes/auth/callback.get.ts' },
    "res.cookie('XSRF-TOKEN', req.csrfToken(), { httpOnly: false, secure: true, sameSite: 'lax' })\n",
    { code: 'response.set_cookie("session", sid, secure=False)\n', path: 'tests/test_views.py' },
    // Cookie parsers read the attribute; they do not set it.
    "if (attributeName === 'samesite') cookieAttributeList.sameSite = 'None'\n",
    { code: "// res.cookie('session', sid, { httpOnly: false })\nconst x = 1\n", path: 'src/app.ts' },
    // The flag belongs to the cookie named on its own line, not to the session cookie set just below.
    { code: "cookies.set('embed_consent', 'yes', { path: '/', httpOnly: false, secure: true })\ncookies.set('embed_session', id, { path: '/', httpOnly: true, secure: true })\n", path: 'src/routes/+server.ts' },
  ],
  invalid: [
    // Pyramid's cookie session factory and auth ticket helper, flags written off
    { code: 'factory = SignedCookieSessionFactory(\n    os.environ["KIOSK_SESSION_SECRET"],\n    cookie_name="kiosk_session",\n    secure=False,\n    httponly=True,\n)\n', path: 'portal/__init__.py', findings: [{ line: 4 }] },
    { code: 'self.helper = AuthTktCookieHelper(secret, cookie_name="kiosk_auth", secure=True, http_only=False, hashalg="sha512")\n', path: 'portal/security.py', findings: [{ line: 1 }] },
    // NextAuth's and iron-session's cookie options with Secure turned off.
    {
      code: "export default NextAuth({\n  providers,\n  cookies: {\n    sessionToken: { name: 'next-auth.session-token', options: { httpOnly: true, sameSite: 'lax', path: '/', secure: false } },\n  },\n})\n",
      path: 'pages/api/auth/[...nextauth].ts',
      findings: [{ line: 4, message: /secure: false/ }],
    },
    { code: "export const sessionOptions = {\n  password: process.env.SESSION_PASSWORD,\n  cookieOptions: { secure: false },\n}\n", path: 'src/lib/session.ts', findings: [{ line: 3 }] },
    // Remix cookie session options, with the flag far below the `cookie: {` that opens them.
    {
      code: "export const sessionStorage = createCookieSessionStorage({\n  cookie: {\n    name: '__session',\n    httpOnly: true,\n    path: '/',\n    sameSite: 'lax',\n    maxAge: 604800,\n    secure: false,\n  },\n})\n",
      path: 'app/sessions.server.ts',
      findings: [{ line: 8 }],
    },
    // The same name holding a value the code did not make there is no timestamp.
    { code: "res.cookie('last_login', loginToken, { httpOnly: false })\n", path: 'src/auth.js', findings: [{ line: 1 }] },
    { code: "cookies.set('embed_session', id, { path: '/', httpOnly: false, secure: true })\ncookies.set('embed_consent', 'yes', { path: '/', httpOnly: true })\n", path: 'src/routes/+server.ts', findings: [{ line: 1 }] },
    // Readable by script is the CSRF cookie's purpose; sent over plain HTTP is not.
    { code: "res.cookie('XSRF-TOKEN', req.csrfToken(), { httpOnly: false, secure: false })\n", path: 'src/app.js', findings: [{ line: 1, message: /secure: false/ }] },
    {
      code: "res.cookie('session', sid, { httpOnly: false, secure: true })\n",
      path: 'src/auth.js',
      findings: [
        {
          line: 1,
          severity: 'minor',
          message: '`httpOnly: false` makes the `session` cookie readable from JavaScript, so any XSS can steal the session.',
          suggestion: /HttpOnly/,
        },
      ],
    },
    { code: 'SESSION_COOKIE_SECURE = False\n', path: 'mysite/settings.py', findings: [{ line: 1, message: /`SESSION_COOKIE_SECURE = False` lets the cookie travel over plain HTTP/ }] },
    { code: "app.config['SESSION_COOKIE_HTTPONLY'] = False\n", path: 'app/__init__.py', findings: [{ line: 1, message: /readable from JavaScript/ }] },
    { code: 'resp.set_cookie("auth_token", token, httponly=True, secure=False)\n', path: 'views.py', findings: [{ line: 1, message: /`secure=False` lets the `auth_token` cookie/ }] },
    // Secure turned off on a cookie that holds data the code does not spell out.
    { code: 'resp.set_cookie("SomeCookie", value, secure=False, httponly=True)\n', path: 'app/views.py', findings: [{ line: 1, message: /`secure=False` lets the `SomeCookie` cookie/ }] },
    // `secure: false` after `httpOnly: false` on a cookie that carries request data: the Secure flag is still reported.
    { code: "event.cookies.set('impersonate', as, { path: '/', httpOnly: false, secure: false, sameSite: 'none' })\n", path: 'src/hooks.server.ts', findings: [{ line: 1, message: /`secure: false` lets the `impersonate` cookie/ }] },
    { code: "res.cookie('cart', req.body.cart, { secure: false })\n", path: 'src/routes/cart.js', findings: [{ line: 1 }] },
    { code: "app.use(session({\n  secret: process.env.SESSION_SECRET,\n  cookie: { secure: false, maxAge: 86400000 },\n}))\n", path: 'src/app.ts', findings: [{ line: 3, message: /`secure: false`/ }] },
    { code: "setCookie(c, 'refresh_token', token, { sameSite: 'None', httpOnly: true })\n", path: 'src/routes/auth.ts', findings: [{ line: 1, message: /SameSite=None requires Secure/, suggestion: /secure: true/ }] },
    { code: 'http.SetCookie(w, &http.Cookie{\n\tName:     "session",\n\tValue:    sid,\n\tHttpOnly: false,\n})\n', path: 'handlers/login.go', findings: [{ line: 4, message: /`HttpOnly: false` makes the `session` cookie/ }] },
    // The flag changed inside a session middleware's options whose call the hunk does not show: `sameSite` beside it says they are a cookie's.
    {
      code: '',
      diff: "diff --git a/src/server.ts b/src/server.ts\n--- a/src/server.ts\n+++ b/src/server.ts\n@@ -30,9 +30,9 @@ app.use(bodyParser())\n     {\n       key: 'acme.sess',\n       maxAge: 86_400_000,\n-      httpOnly: true,\n+      httpOnly: false,\n       secure: true,\n       sameSite: 'lax',\n       signed: true,\n",
      findings: [{ line: 33, message: /`httpOnly: false` makes the cookie readable/ }],
    },
  ],
})
