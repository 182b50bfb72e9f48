/**
 * Session and auth cookies set with `HttpOnly` left at its default (off), in JS/TS and Python,
 * next to the cookies that are fine without it.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

testRule(registered('crypto/insecure-cookie'), {
  valid: [
    // The mapping form with its flag set on the next line, and a cookie that is not a credential.
    { code: '@app.post("/login")\nasync def login(request):\n    resp = response.json({"ok": True})\n    resp.cookies["session"] = token\n    resp.cookies["session"]["httponly"] = True\n    resp.cookies["theme"] = "dark"\n    return resp', path: 'portal/auth.py' },
    // Script-set cookies that carry no credential, or carry one with `secure: true`; a deletion.
    { code: "import Cookies from 'js-cookie'\nCookies.set('theme', 'dark')\nCookies.set('access_token', token, { secure: true, sameSite: 'strict' })\nCookies.remove('access_token')\n", path: 'src/lib/session.ts' },
    { code: "document.cookie = `locale=${lang}; path=/`\ndocument.cookie = `auth_token=${token}; path=/; Secure; SameSite=Strict`\ndocument.cookie = 'auth_token=; max-age=0; path=/'\n", path: 'src/lib/prefs.ts' },
    // Cookies that describe the sign-in (display data, routing) rather than prove it.
    { code: '@app.post("/login")\nasync def login():\n    response = redirect("/")\n    response.set_cookie("last_login_email", user.email, max_age=31536000)\n    return response', path: 'portal/auth.py' },
    // `author` is no `auth`: a guestbook remembering who signed it last.
    { code: 'from bottle import request, response\n\n@app.post("/sign")\ndef sign():\n    author = request.forms.getunicode("author", "anonymous")\n    response.set_cookie("last_author", author, path="/")\n    return "ok"', path: 'guestbook/app.py' },
    "app.post('/login', (req, res) => {\n  res.cookie('auth_redirect', req.query.next || '/')\n  res.cookie('loginProvider', 'github')\n})",
    // Raw Python headers: a display cookie, and a credential cookie with both flags.
    { code: '@app.post("/theme")\ndef theme():\n    resp = make_response({"ok": True})\n    resp.headers["Set-Cookie"] = f"theme={request.form[\'theme\']}; Path=/"\n    return resp', path: 'portal/views.py' },
    { code: '@app.post("/sso")\ndef sso():\n    resp = make_response("", 302)\n    resp.headers.add("Set-Cookie", f"sso_token={token}; Path=/; HttpOnly; Secure")\n    return resp', path: 'portal/views.py' },
    // A profile field keeps who signed in, whatever the cookie is called.
    { code: "import { cookies } from 'next/headers'\nexport async function GET() {\n  const jar = await cookies()\n  jar.set('gh_login', profile.login, { path: '/', maxAge: 604800 })\n}\n", path: 'app/api/auth/callback/route.ts' },
    { code: 'def login(request):\n    response = redirect("/")\n    response.set_cookie("remember_login", user.username, max_age=2592000)\n    return response', path: 'app/views.py' },
    // A clock reading marks an event; no one signs in with it.
    // Falcon and SvelteKit set HttpOnly and Secure unless told otherwise.
    // A header list whose credential cookie carries both flags.
    "app.post('/login', (req, res) => {\n  res.setHeader('Set-Cookie', [`sid=${id}; Path=/; HttpOnly; Secure`, 'theme=dark; Path=/'])\n})",
    { code: 'def login(request):\n    response = redirect("/")\n    response.set_signed_cookie("sessionid", key, salt="auth", httponly=True, secure=True)\n    return response', path: 'app/views.py' },
    { code: 'import falcon\n\nclass SessionResource:\n    async def on_post(self, req, resp):\n        resp.set_cookie("session", sid, max_age=3600, path="/")', path: 'inventory/api.py' },
    { code: "export const actions = {\n  default: async ({ cookies }) => {\n    cookies.set('session', session.id, { path: '/', maxAge: 604800 })\n  },\n}", path: 'src/routes/login/+page.server.ts' },
    { code: "export const handle = async ({ event, resolve }) => {\n  event.cookies.set('session', sid, { path: '/' })\n  return resolve(event)\n}", path: 'src/hooks.server.ts' },
    "app.get('/download', (req, res) => {\n  res.setHeader('Set-Cookie', `dl_token=${Date.now()}; Path=/; HttpOnly`)\n})",
    // not a credential
    "app.get('/t', (req, res) => {\n  res.cookie('theme', req.query.theme || 'light')\n})",
    "app.get('/t', (req, res) => {\n  res.cookie('locale', 'en', { maxAge: 31536000000 })\n})",
    // the flag is set
    "app.post('/login', (req, res) => {\n  res.cookie('sid', session.id, { httpOnly: true, secure: true, sameSite: 'lax' })\n})",
    // options defined elsewhere may set it
    "app.post('/login', (req, res) => {\n  res.cookie('sid', session.id, { ...COOKIE_OPTIONS, maxAge: 3600000 })\n})",
    "app.post('/login', (req, res) => {\n  res.cookie('sid', session.id, cookieOptions)\n})",
    // deleting the cookie
    "import { setCookie } from 'hono/cookie'\napp.post('/logout', (c) => {\n  setCookie(c, 'token', '', { maxAge: 0, path: '/' })\n})",
    // a CSRF cookie is meant to be read by the page's script
    "app.get('/form', (req, res) => {\n  res.cookie('XSRF-TOKEN', req.csrfToken())\n})",
    // Koa sets HttpOnly unless told otherwise
    "router.post('/login', async (ctx) => {\n  ctx.cookies.set('sid', session.id, { signed: true })\n})",
    { code: "app.get('/t', (req, res) => {\n  res.setHeader('Set-Cookie', `session=${token}; Path=/; HttpOnly; Secure`)\n})" },
    { code: '@app.post("/login")\ndef login():\n    resp = make_response(redirect("/"))\n    resp.set_cookie("session", sid, httponly=True, secure=True, samesite="Lax")\n    return resp', path: 'app.py' },
    { code: '@app.post("/login")\ndef login():\n    resp = make_response(redirect("/"))\n    resp.set_cookie("session", sid, httponly=True, secure=settings.SECURE_COOKIES)\n    return resp', path: 'app.py' },
    { code: '@app.get("/prefs")\ndef prefs():\n    resp = make_response("ok")\n    resp.set_cookie("theme", request.args.get("theme", "light"))\n    return resp', path: 'app.py' },
    { code: 'def logout(request):\n    response = redirect("/")\n    response.set_cookie("session", "", max_age=0)\n    return response', path: 'app.py' },
    { code: 'def login(request):\n    response = redirect("/")\n    response.set_cookie("session", sid, **COOKIE_KWARGS)\n    return response', path: 'app.py' },
    // test code
    { code: "it('logs in', () => {\n  res.cookie('sid', 'abc')\n})", path: 'src/login.test.ts' },
    // `sid` inside a longer word is not a session id
    "import { cookies } from 'next/headers'\nexport async function collapse() {\n  const store = await cookies()\n  store.set('sidebar', 'collapsed')\n}",
    // express-session: secure set (or chosen per environment); cookie-session decides `secure` from the connection
    "app.use(session({\n  secret: process.env.SESSION_SECRET,\n  cookie: { secure: true, maxAge: 86400000 },\n}))",
    "app.use(session({\n  secret: process.env.SESSION_SECRET,\n  cookie: { secure: process.env.NODE_ENV === 'production', httpOnly: true },\n}))",
    "app.use(cookieSession({ name: 'prefs', keys: [process.env.KEY] }))",
    "const cookie = require('cookie')\napp.post('/login', (req, res) => {\n  res.setHeader('Set-Cookie', cookie.serialize('session', token, { httpOnly: true, secure: true, sameSite: 'lax' }))\n})",
  ],
  invalid: [
    // A Python handler writing the Set-Cookie header itself.
    { code: '@app.post("/sso")\ndef sso():\n    resp = make_response("", 302)\n    resp.headers["Set-Cookie"] = f"sso_token={token}; Path=/"\n    return resp', path: 'portal/views.py', findings: [{ line: 4, message: /HttpOnly/ }] },
    { code: '@app.post("/remember")\ndef remember():\n    resp = make_response({"ok": True})\n    resp.headers.add("Set-Cookie", f"remember_me={issue(request)}; Path=/; HttpOnly")\n    return resp', path: 'portal/views.py', findings: [{ line: 4, message: /Secure/ }] },
    // The session itself beside a profile field: the id is the credential.
    { code: "import { cookies } from 'next/headers'\nexport async function GET() {\n  const jar = await cookies()\n  jar.set('session_token', session.id, { path: '/', maxAge: 604800 })\n  jar.set('gh_login', profile.login, { path: '/' })\n}\n", path: 'app/api/auth/callback/route.ts', findings: [{ line: 4 }] },
    { code: '@app.post("/login")\nasync def login(request):\n    resp = response.json({"ok": True})\n    resp.cookies["session"] = token\n    return resp', path: 'portal/auth.py', findings: [{ line: 4, message: /without `HttpOnly`/ }] },
    // A credential kept in a cookie set from script, without `Secure`.
    { code: "import Cookies from 'js-cookie'\nexport function keep(token: string) {\n  Cookies.set('access_token', token)\n}\n", path: 'src/lib/session.ts', findings: [{ line: 3, message: /set from script/ }] },
    { code: "export function keep(token) {\n  document.cookie = `auth_token=${token}; path=/`\n}\n", path: 'src/lib/session.js', findings: [{ line: 2, message: /document\.cookie/ }] },
    { code: '@bp.post("/login")\nasync def login():\n    response = redirect(url_for("dashboard.index"))\n    response.set_cookie("portal_session", sid, max_age=2592000)\n    return response', path: 'portal/auth.py', findings: [{ line: 4 }] },
    { code: "app.post('/login', (req, res) => {\n  res.cookie('login_token', token)\n})", findings: [{ line: 2 }] },
    // Outside SvelteKit's server files, `cookies.set` is Next.js's, whose HttpOnly is off by default.
    { code: "app.post('/login', (req, res) => {\n  res.setHeader('Set-Cookie', [`sid=${user.sessionId}; Path=/; HttpOnly`, 'theme=dark; Path=/'])\n})", findings: [{ line: 2, message: /`sid` cookie without `Secure`/ }] },
    { code: 'def login(request):\n    response = redirect("/")\n    response.set_signed_cookie("sessionid", key, salt="auth")\n    return response', path: 'app/views.py', findings: [{ line: 3 }] },
    { code: 'class LoginHandler(tornado.web.RequestHandler):\n    def post(self):\n        self.set_secure_cookie("session_token", token, expires_days=7)\n', path: 'chat/handlers.py', findings: [{ line: 3 }] },
    { code: "import { cookies } from 'next/headers'\nexport async function POST() {\n  const jar = await cookies()\n  jar.set('session', id, { path: '/' })\n}", path: 'app/api/login/route.ts', findings: [{ line: 4 }] },
    { code: "export const actions = {\n  default: async ({ cookies }) => {\n    cookies.set('session', session.id, { path: '/', httpOnly: false })\n  },\n}", path: 'src/routes/login/+page.server.ts', findings: [{ line: 3 }] },
    { code: "app.post('/login', (req, res) => {\n  res.cookie('sid', session.id, { maxAge: 86400000 })\n})", findings: [{ line: 2 }] },
    { code: "app.post('/login', (req, res) => {\n  res.cookie('token', token)\n})", findings: [{ line: 2 }] },
    { code: "fastify.post('/login', async (request, reply) => {\n  reply.setCookie('session', sid, { path: '/' })\n})", findings: [{ line: 2 }] },
    { code: "import { setCookie } from 'hono/cookie'\napp.post('/login', (c) => {\n  setCookie(c, 'sid', sid, { path: '/', maxAge: 2592000 })\n})", findings: [{ line: 3 }] },
    { code: "import { cookies } from 'next/headers'\nexport async function login(formData: FormData) {\n  cookies().set('session', session.id, { path: '/' })\n}", findings: [{ line: 3 }] },
    // a raw header: named for the token it carries
    { code: "export default function handler(req, res) {\n  res.setHeader('Set-Cookie', `share=${token}; Path=/`)\n}", findings: [{ line: 2 }] },
    { code: '@app.post("/login")\ndef login():\n    resp = make_response(redirect("/"))\n    resp.set_cookie("remember_me", user_id, max_age=60 * 60 * 24 * 30)\n    return resp', path: 'app.py', findings: [{ line: 4 }] },
    // httponly chosen, secure left out: the token also goes out over plain HTTP.
    { code: '@router.post("/token")\ndef token(response: Response):\n    response.set_cookie(key="access_token", value=f"Bearer {tok}", httponly=True)\n    return {}', path: 'app.py', findings: [{ line: 3, message: /secure=True/ }] },
    // the flags chosen with `secure` left out
    { code: "app.post('/login', (req, res) => {\n  res.cookie('remember_me', token, { maxAge: 2592000000, httpOnly: true })\n})", findings: [{ line: 2 }] },
    { code: "app.post('/logout', (req, res) => {\n  res.append('Set-Cookie', `auth_token=${id}; Path=/; HttpOnly`)\n})", findings: [{ line: 2 }] },
    // Next.js's store kept in a variable
    { code: "import { cookies } from 'next/headers'\nexport async function login(token: string) {\n  const store = await cookies()\n  store.set('session', token, { httpOnly: false, secure: true })\n}", findings: [{ line: 4 }] },
    // session middleware: reported on the option that is wrong
    { code: "const session = require('express-session')\napp.use(session({\n  secret: process.env.SESSION_SECRET,\n  cookie: { maxAge: 86400000 },\n}))", findings: [{ line: 4 }] },
    // `secure: false` on a line of its own: the finding sits on it, not on the `cookie: {` that opens the options.
    { code: "const session = require('express-session')\napp.use(session({\n  secret: process.env.SESSION_SECRET,\n  cookie: {\n    httpOnly: true,\n    secure: false,\n  },\n}))", findings: [{ line: 6 }] },
    { code: "const cookieSession = require('cookie-session')\napp.use(cookieSession({\n  name: 'kiosk',\n  keys: [process.env.KIOSK_KEY],\n  httpOnly: false,\n}))", findings: [{ line: 5 }] },
    { code: "import cookieSession from 'cookie-session'\napp.use(cookieSession({\n  name: 'session',\n  keys: [process.env.KEY_1],\n  secure: false,\n}))", findings: [{ line: 5 }] },
    // the `cookie` package writes the header text
    { code: "const cookie = require('cookie')\napp.post('/login', (req, res) => {\n  res.setHeader('Set-Cookie', cookie.serialize('session', token, { path: '/', maxAge: 3600 }))\n})", findings: [{ line: 3 }] },
    // the line rule still reports a flag written as off
    { code: "app.post('/login', (req, res) => {\n  res.cookie('remember_token', t, { httpOnly: false, secure: true })\n})", findings: [{ line: 2 }] },
  ],
})

// Next.js's object form keeps name, value and flags in one object.
testRule(registered('crypto/insecure-cookie'), {
  valid: [
    { code: "import { cookies } from 'next/headers'\nexport async function POST(req: Request) {\n  const { token } = await req.json()\n  cookies().set({ name: 'refresh_token', value: token, httpOnly: true, secure: true, path: '/' })\n}", path: 'app/api/login/route.ts' },
    { code: "import { cookies } from 'next/headers'\nexport async function POST() {\n  cookies().set({ name: 'theme', value: 'dark', path: '/' })\n}", path: 'app/api/theme/route.ts' },
  ],
  invalid: [
    { code: "import { cookies } from 'next/headers'\nexport async function POST(req: Request) {\n  const { token } = await req.json()\n  cookies().set({ name: 'refresh_token', value: token, path: '/' })\n}", path: 'app/api/login/route.ts', findings: [{ line: 4 }] },
  ],
})

// `httponly=False` on a credential: deliberate script access is only believable on a `secure` cookie.
testRule(registered('crypto/insecure-cookie'), {
  valid: [
    { code: 'def remember_device(request):\n    resp = redirect("dashboard")\n    resp.set_cookie("device_id", request.session.session_key, httponly=False, secure=True)\n    return resp', path: 'accounts/views.py' },
    { code: 'def prefs(request):\n    resp = redirect("dashboard")\n    resp.set_cookie("theme", request.GET.get("t", "light"), httponly=False, secure=False)\n    return resp', path: 'accounts/views.py' },
  ],
  invalid: [
    { code: 'def remember_device(request):\n    resp = redirect("dashboard")\n    resp.set_cookie("device_id", request.session.session_key, max_age=90 * 86400, httponly=False, secure=False)\n    return resp', path: 'accounts/views.py', findings: [{ line: 3 }] },
    { code: '@app.post("/login")\ndef login():\n    resp = make_response(redirect("/"))\n    resp.set_cookie("auth_token", token, httponly=False)\n    return resp', path: 'app.py', findings: [{ line: 4 }] },
  ],
})

// A handful of a token's characters shown as a hint is not the token: the whole token in the same cookie still is.
testRule(registered('crypto/insecure-cookie'), {
  valid: [
    "app.post('/login', async (req, res) => {\n  const token = await sessions.create(req.user.id)\n  res.cookie('sid_hint', token.slice(-6), { sameSite: 'lax' })\n  res.json({ ok: true })\n})\n",
    "app.post('/login', async (req, res) => {\n  const token = await sessions.create(req.user.id)\n  res.cookie('key_hint', token.substring(0, 4))\n  res.json({ ok: true })\n})\n",
  ],
  invalid: [
    { code: "app.post('/login', async (req, res) => {\n  const token = await sessions.create(req.user.id)\n  res.cookie('sid_hint', token.slice(6), { sameSite: 'lax' })\n  res.json({ ok: true })\n})\n", findings: [{ line: 3 }] },
    { code: "app.post('/login', async (req, res) => {\n  const token = await sessions.create(req.user.id)\n  res.cookie('sid_hint', token.slice(0, 32), { sameSite: 'lax' })\n  res.json({ ok: true })\n})\n", findings: [{ line: 3 }] },
  ],
})

// Sanic's `add_cookie` sets `Secure` and `SameSite=Lax` by default, and leaves `HttpOnly` off.
testRule(registered('crypto/insecure-cookie'), {
  valid: [
    { code: 'from sanic import Sanic, response\n\n@app.post("/login")\nasync def login(request):\n    resp = response.json({"ok": True})\n    resp.add_cookie("session", token, httponly=True)\n    return resp', path: 'shop/server.py' },
    { code: 'from sanic import Sanic, response\n\n@app.get("/prefs")\nasync def prefs(request):\n    resp = response.json({"ok": True})\n    resp.add_cookie("theme", request.args.get("t", "light"))\n    return resp', path: 'shop/server.py' },
  ],
  invalid: [
    { code: 'from sanic import Sanic, response\n\n@app.post("/login")\nasync def login(request):\n    resp = response.json({"ok": True})\n    resp.add_cookie("session", token)\n    return resp', path: 'shop/server.py', findings: [{ line: 6 }] },
  ],
})

// A class that keeps the cookie's name and options on the instance: the options object its constructor writes is the one
// every `res.cookie(this.name, …, this.options)` passes, and the value names what the cookie carries.
testRule(registered('crypto/insecure-cookie'), {
  valid: [
    { code: "class SessionCookie {\n  constructor(name = 'sid') {\n    this.name = name\n    this.options = { maxAge: 3600000, httpOnly: true, secure: true, sameSite: 'lax' }\n  }\n  issue(res, sessionId) {\n    res.cookie(this.name, sessionId, this.options)\n  }\n}\n", path: 'src/auth/cookie.js' },
    { code: "class Prefs {\n  constructor(name) {\n    this.name = name\n    this.options = { maxAge: 3600000 }\n  }\n  save(res, theme) {\n    res.cookie(this.name, theme, this.options)\n  }\n}\n", path: 'src/prefs.js' },
    { code: "class Csrf {\n  constructor() {\n    this.cookieName = 'XSRF-TOKEN'\n    this.options = { sameSite: 'strict', secure: true }\n  }\n  issue(res, csrfToken) {\n    res.cookie(this.cookieName, csrfToken, this.options)\n  }\n}\n", path: 'src/csrf.js' },
  ],
  invalid: [
    { code: "class SessionCookie {\n  constructor(name = 'sid') {\n    this.name = name\n    this.options = { maxAge: 7 * 24 * 3600 * 1000, path: '/' }\n  }\n  issue(res, sessionId) {\n    res.cookie(this.name, sessionId, this.options)\n  }\n}\n", path: 'src/auth/cookie.js', findings: [{ line: 7, message: /without `httpOnly`/ }] },
    { code: "class AuthCookie {\n  options = { secure: true, maxAge: 3600000 }\n  set(res, token) {\n    res.cookie('auth_token', token, this.options)\n  }\n}\n", path: 'src/auth/cookie.ts', findings: [{ line: 4, message: /without `httpOnly`/ }] },
  ],
})

// The `cookies` package used directly (HttpOnly by default, so only a flag turned off is wrong), options kept in a
// constant of the file, and a Set-Cookie header written into a response's headers object.
testRule(registered('crypto/insecure-cookie'), {
  valid: [
    { path: 'src/auth/cookies.js', code: "const Cookies = require('cookies')\nfunction start(req, res, sid) {\n  const jar = new Cookies(req, res, { keys })\n  jar.set('sid', sid, { signed: true })\n}" },
    { path: 'src/auth/cookies.js', code: "const Cookies = require('cookies')\nconst OPTS = { httpOnly: true, secure: true, sameSite: 'lax' }\nfunction start(req, res, sid) {\n  const jar = new Cookies(req, res, { keys })\n  jar.set('sid', sid, OPTS)\n}" },
    { path: 'src/auth/cookies.js', code: "const Cookies = require('cookies')\nfunction theme(req, res, t) {\n  const jar = new Cookies(req, res)\n  jar.set('theme', t, { httpOnly: false })\n}" },
    { path: 'src/worker/session.js', code: "export function login(id) {\n  return new Response(null, { headers: { 'Set-Cookie': `__Host-session=${id}; Path=/; HttpOnly; Secure; SameSite=Lax` } })\n}" },
    { path: 'src/worker/session.js', code: "export function theme(t) {\n  return new Response(null, { headers: { 'Set-Cookie': `theme=${t}; Path=/` } })\n}" },
  ],
  invalid: [
    { path: 'src/auth/cookies.js', code: "const Cookies = require('cookies')\nconst AUTH_COOKIE = { path: '/', httpOnly: false }\nfunction start(req, res, sid) {\n  const jar = new Cookies(req, res, { keys })\n  jar.set('sid', sid, AUTH_COOKIE)\n}", findings: [{ line: 5, message: /httpOnly: false/ }] },
    { path: 'src/auth/cookies.js', code: "const Cookies = require('cookies')\nfunction remember(req, res, token) {\n  const jar = new Cookies(req, res, { keys })\n  jar.set('device', token, { signed: true, secure: false, httpOnly: true })\n}", findings: [{ line: 4, message: /secure: false/ }] },
    { path: 'src/routes/auth.js', code: "const SESSION_COOKIE = { httpOnly: false, maxAge: 3600000 }\napp.post('/login', (req, res) => {\n  res.cookie('session', req.session.id, SESSION_COOKIE)\n})", findings: [{ line: 3 }] },
    { path: 'src/worker/session.js', code: "export function login(id) {\n  return json({ ok: true }, {\n    headers: { 'Set-Cookie': `session=${id}; Path=/; SameSite=Lax` },\n  })\n}", findings: [{ line: 3, message: /HttpOnly/ }] },
  ],
})

// Falcon's and Tornado's own header setters carry a raw Set-Cookie as `resp.headers` does; a standard-library
// cookie jar's morsel written into the header has only the flags the code set on it.
testRule(registered('crypto/insecure-cookie'), {
  valid: [
    { code: 'import falcon\n\nclass Login:\n    def on_post(self, req, resp):\n        resp.append_header("Set-Cookie", f"kiosk_remember={token}; Path=/; HttpOnly; Secure; Partitioned")', path: 'kiosk/sessions.py' },
    { code: 'import falcon\n\nclass Theme:\n    def on_put(self, req, resp):\n        resp.set_header("Set-Cookie", f"theme={theme}; Path=/")', path: 'kiosk/sessions.py' },
    { code: 'from http.cookies import SimpleCookie\n\ndef move_sid(req, resp, sid):\n    jar = SimpleCookie()\n    jar["kiosk_session"] = sid\n    jar["kiosk_session"]["httponly"] = True\n    jar["kiosk_session"]["secure"] = True\n    resp.append_header("Set-Cookie", jar["kiosk_session"].OutputString())', path: 'kiosk/sessions.py' },
    { code: 'from http.cookies import SimpleCookie\n\ndef prefs(req, resp, lang):\n    jar = SimpleCookie()\n    jar["lang"] = lang\n    resp.append_header("Set-Cookie", jar["lang"].OutputString())', path: 'kiosk/sessions.py' },
  ],
  invalid: [
    { code: 'import falcon\n\nclass Login:\n    def on_post(self, req, resp):\n        resp.append_header("Set-Cookie", f"kiosk_remember={token}; Path=/; Max-Age=2592000; Partitioned")', path: 'kiosk/sessions.py', findings: [{ line: 5 }] },
    { code: 'class LoginHandler(tornado.web.RequestHandler):\n    def post(self):\n        self.add_header("Set-Cookie", f"session={sid}; Path=/; HttpOnly")', path: 'dash/server.py', findings: [{ line: 3 }] },
    { code: 'from http.cookies import SimpleCookie\n\ndef move_sid(req, resp, sid):\n    jar = SimpleCookie()\n    jar["kiosk_session"] = sid\n    jar["kiosk_session"]["path"] = "/"\n    resp.append_header("Set-Cookie", jar["kiosk_session"].OutputString())', path: 'kiosk/sessions.py', findings: [{ line: 7 }] },
    { code: 'from http.cookies import SimpleCookie\n\ndef move_sid(req, resp, sid):\n    jar = SimpleCookie()\n    jar["kiosk_session"] = sid\n    jar["kiosk_session"]["httponly"] = True\n    resp.append_header("Set-Cookie", jar["kiosk_session"].OutputString())', path: 'kiosk/sessions.py', findings: [{ line: 7 }] },
  ],
})

// A raw Set-Cookie header built from values of the server's own (a random token, a constant lifetime) still names its
// cookie where the template opens: a credential cookie there needs HttpOnly and Secure like any other.
testRule(registered('crypto/insecure-cookie'), {
  valid: [
    "app.post('/login', async (request, reply) => {\n  const refresh = randomBytes(48).toString('base64url')\n  reply.header('set-cookie', `refresh_token=${refresh}; Path=/auth/refresh; HttpOnly; Secure; SameSite=Strict`)\n})",
    "app.post('/seen', async (request, reply) => {\n  reply.header('set-cookie', `device_seen=1; Path=/; Max-Age=${THIRTY_DAYS}; Secure; SameSite=Lax`)\n})",
  ],
  invalid: [
    { code: "app.post('/login', async (request, reply) => {\n  const refresh = randomBytes(48).toString('base64url')\n  reply.header('set-cookie', `refresh_token=${refresh}; Path=/auth/refresh; Max-Age=${THIRTY_DAYS}`)\n})", findings: [{ line: 3, message: /HttpOnly/ }] },
    { code: "app.post('/login', (req, res) => {\n  const sid = crypto.randomUUID()\n  res.setHeader('Set-Cookie', 'sid=' + sid + '; Path=/; HttpOnly')\n})", findings: [{ line: 3, message: /Secure/ }] },
  ],
})

// koa-session's options are the cookie's: `httpOnly: false` or `secure: false` written there is the flag turned off.
testRule(registered('crypto/insecure-cookie'), {
  valid: [{ path: 'src/server.ts', code: "import Koa from 'koa'\nimport session from 'koa-session'\nconst app = new Koa()\napp.use(session({ key: 'app.sess', maxAge: 86400000, httpOnly: true, secure: true, sameSite: 'lax' }, app))" }],
  invalid: [
    { path: 'src/server.ts', code: "import Koa from 'koa'\nimport session from 'koa-session'\nconst app = new Koa()\napp.use(\n  session(\n    {\n      key: 'app.sess',\n      httpOnly: false,\n    },\n    app,\n  ),\n)", findings: [{ line: 8 }] },
    { path: 'src/server.ts', code: "import Koa from 'koa'\nimport session from 'koa-session'\nconst app = new Koa()\napp.use(session({ key: 'app.sess', secure: false }, app))", findings: [{ line: 4 }] },
  ],
})
