// Request data stored into the server-side session (CWE-501) and whole request objects bound onto
// records that persist (CWE-915), each with the safe look-alikes real code writes: values the server
// looked up, allow-listed values, display preferences, picked fields, schema output, plain objects.
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const JS = { path: 'src/routes/users.js' }
const TS = { path: 'src/profile/profile.controller.ts' }
const PY = { path: 'app/views.py' }
const FLASK = 'from flask import Blueprint, abort, request, session\nfrom app.extensions import db\n\nbp = Blueprint("x", __name__)\n\n'
const DJANGO = 'from django.contrib.auth import authenticate, login\nfrom django.shortcuts import redirect\n\n'
const EXPRESS = "const User = require('../models/user')\n\n"

testRule(registered('python/trust-boundary'), {
  valid: [
    // the visitor's own scratch space: a last search, a half-filled form; nothing later trusts it
    { ...PY, code: `${DJANGO}def search(request):\n    request.session["last_query"] = request.GET.get("q", "")\n    request.session["wizard_step1"] = {"company": request.POST.get("company"), "size": request.POST.get("size")}\n    return redirect("results")` },
    // the server looked the value up with the request's data
    { ...PY, code: `${DJANGO}def sign_in(request):\n    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])\n    if user is None:\n        return redirect("login")\n    request.session["uid"] = user.pk\n    return redirect("home")` },
    { ...PY, code: `${FLASK}@bp.post("/org")\ndef switch_org():\n    membership = Membership.query.filter_by(user_id=g.user.id, org_id=request.form["org"]).first_or_404()\n    session["org_id"] = membership.org_id\n    return "", 204` },
    // allow-listed, constant, server-made, a display preference, a read
    { ...PY, code: `${FLASK}PLANS = {"starter", "team"}\n\n@bp.post("/plan")\ndef plan():\n    plan = request.form["plan"]\n    if plan not in PLANS:\n        abort(400)\n    session["plan"] = plan\n    return "", 204` },
    { ...PY, code: `${FLASK}@bp.post("/verified")\ndef verified():\n    session["verified"] = True\n    session["nonce"] = secrets.token_urlsafe(16)\n    return "", 204` },
    { ...PY, code: `${FLASK}@bp.post("/lang")\ndef set_lang():\n    session["lang"] = request.form["lang"]\n    return "", 204` },
    // a preference named with a prefix, and the address to return to after signing in (the redirect that reads it checks it)
    { ...PY, code: `${DJANGO}def set_language(request):\n    request.session["django_language"] = request.POST["language"]\n    request.session["next"] = request.GET.get("next", "/")\n    return redirect("home")` },
    // the return address handed first to a helper that checks it, whatever the key is called
    { ...PY, code: `${FLASK}@bp.get("/login/github")\ndef login():\n    session["after_login"] = _local_target(request.args.get("next")) or url_for("home")\n    return oauth.github.authorize_redirect(url_for("cb", _external=True))` },
    { ...PY, code: `${FLASK}@bp.get("/me")\ndef me():\n    g.filters = request.args.to_dict()\n    return {"org": session.get("org_id")}` },
    // the id of the user a credentials check returned, in a signed cookie (Tornado)
    { ...PY, code: 'import tornado.web\n\nclass Login(tornado.web.RequestHandler):\n    def post(self):\n        user = self.application.users.check(self.get_argument("username"), self.get_argument("password"))\n        if not user:\n            raise tornado.web.HTTPError(401)\n        self.set_secure_cookie("user", str(user.id))' },
    // a branch that can never run, and another key of a container than the one the request filled
    { ...PY, code: 'import flask\n\n@app.get("/a")\ndef a():\n    param = flask.request.args.get("p")\n    num = 106\n    bar = "always" if (7 * 18) + num > 200 else param\n    flask.session["userid"] = bar\n    return "ok"' },
    { ...PY, code: `${FLASK}@bp.post("/signup")\ndef signup():\n    user = User(email=str(request.form["email"]))\n    user.nickname = request.form["nickname"]\n    db.session.add(user)\n    db.session.commit()\n    session["uid"] = user.id\n    return "", 201` },
  ],
  invalid: [
    { ...PY, code: `${FLASK}@bp.post("/org")\ndef switch_org():\n    session["org_id"] = request.form["org"]\n    return "", 204`, findings: [{ line: 8, message: /session\["org_id"\]/ }] },
    // a key that only ends like a preference's name
    { ...PY, code: `${FLASK}@bp.post("/slang")\ndef slang():\n    session["user_slang"] = request.form["slang"]\n    return "", 204`, findings: [{ line: 8 }] },
    // converted or compared: still the client's choice
    { ...PY, code: `${FLASK}@bp.get("/beta")\ndef beta():\n    session["is_admin"] = request.args.get("admin") == "1"\n    session["uid"] = int(request.form["uid"])\n    return "", 204`, findings: [{ line: 8 }, { line: 9 }] },
    // Django and Starlette, through a local
    { ...PY, code: `${DJANGO}def impersonate(request):\n    org = request.GET.get("org")\n    request.session["active_org"] = org\n    return redirect("home")`, findings: [{ line: 6 }] },
    { ...PY, code: `${FLASK}@bp.post("/prefs")\ndef prefs():\n    session.update(request.get_json())\n    return "", 204`, findings: [{ line: 8 }] },
    // through a container filled key by key, a helper the taint follows, a key the client names
    { ...PY, code: 'import flask\n\n@app.get("/a")\ndef a():\n    param = flask.request.args.get("p")\n    box = {}\n    box["a"] = "fixed"\n    box["b"] = param\n    flask.session["userid"] = box["b"]\n    return "ok"', findings: [{ line: 9 }] },
    { ...PY, code: `${FLASK}def tidy(x):\n    return x.strip()\n\n@bp.post("/b")\ndef b():\n    session["user"] = tidy(request.form["user"])\n    return "", 204`, findings: [{ line: 11 }] },
    // a helper given anything but the return address: the key still names what later requests trust
    { ...PY, code: `${FLASK}@bp.get("/login/github")\ndef login():\n    session["after_login_user"] = _checked(request.args.get("user")) or "guest"\n    return "", 204`, findings: [{ line: 8 }] },
    { ...PY, code: `${FLASK}@bp.post("/c")\ndef c():\n    session[request.form["name"]] = "1"\n    return "", 204`, findings: [{ line: 8, message: /a session key the client chose/ }] },
    // a signed cookie the server trusts later (Tornado)
    { ...PY, code: 'import tornado.web\n\nclass Remember(tornado.web.RequestHandler):\n    def post(self):\n        self.set_secure_cookie("user", self.get_argument("user_id"))', findings: [{ line: 5 }] },
  ],
})

testRule(registered('js/trust-boundary'), {
  valid: [
    // a post's id in a draft is the post's, not who the user is
    { ...JS, code: "router.post('/draft/:id', (req, res) => {\n  req.session.draft = { postId: req.params.id, savedAt: Date.now() }\n  res.end()\n})" },
    { ...JS, code: "router.post('/filters', (req, res) => {\n  req.session.lastSearch = req.query.q\n  req.session.filters = { status: req.body.status, sort: req.body.sort }\n  req.session.wizard = { ...req.session.wizard, company: req.body.company }\n  res.end()\n})" },
    { ...JS, code: `${EXPRESS}router.post('/login', async (req, res) => {\n  const user = await User.findOne({ email: String(req.body.email) })\n  if (!user || !(await bcrypt.compare(String(req.body.password), user.passwordHash))) return res.sendStatus(401)\n  req.session.userId = user.id\n  req.session.role = user.role\n  res.json({ ok: true })\n})` },
    { ...JS, code: "const LOCALES = ['en', 'de']\nrouter.get('/locale', (ctx) => {\n  const locale = String(ctx.query.locale || 'en')\n  ctx.session.region = LOCALES.includes(locale) ? locale : 'en'\n  ctx.state.filters = ctx.query\n})" },
    // the impersonation target looked up (a miss leaves) before it is stored
    { ...JS, code: "router.post('/support/impersonate', requireRole('support'), async (req, res) => {\n  const target = await findUser(req.body.userId)\n  if (!target) return res.sendStatus(404)\n  req.session.actingAs = target.id\n  res.redirect('/')\n})" },
    { ...JS, code: "router.post('/theme', (req, res) => {\n  req.session.theme = req.body.theme\n  req.session.csrf = crypto.randomBytes(24).toString('hex')\n  res.end()\n})" },
    // a counter the server keeps, and a session-named object that is not the session (a database transaction)
    { ...JS, code: "fastify.post('/visit', async (request) => {\n  const visits = (request.session.get('visits') || 0) + 1\n  request.session.set('visits', visits)\n})" },
    { ...JS, code: "router.post('/t', async (req, res) => {\n  const session = await mongoose.startSession()\n  session.note = req.body.note\n  res.end()\n})" },
    // the key of a record a lookup found (a miss returns, or the lookup throws): one the server already holds
    { ...JS, code: `${EXPRESS}router.post('/login', async (req, res) => {\n  const { username, password } = req.body\n  const user = await User.findOne({ where: { username } })\n  if (!user || !(await bcrypt.compare(password, user.passwordHash))) return res.sendStatus(401)\n  req.session.username = username\n  res.end()\n})` },
    { ...JS, code: "router.post('/switch-org', async (req, res) => {\n  const membership = await db.membership.findFirst({ where: { userId: req.user.id, orgId: req.body.orgId } })\n  if (!membership) return res.sendStatus(403)\n  req.session.orgId = req.body.orgId\n  res.end()\n})" },
    { ...JS, code: "router.post('/switch-team', async (req, res) => {\n  const { teamId } = req.body\n  await teams.findOneOrFail({ where: { id: teamId, ownerId: req.user.id } })\n  req.session.teamId = teamId\n  res.end()\n})" },
    // through a query's modifiers (Mongoose's select/lean), and Mongoose's orFail()
    { ...JS, code: "router.post('/login', async (req, res) => {\n  const email = String(req.body.email)\n  const user = await User.findOne({ email }).select('+password').lean()\n  if (!user || !(await bcrypt.compare(String(req.body.password), user.password))) return res.status(401).end()\n  req.session.email = email\n  res.end()\n})" },
    { ...JS, code: "router.post('/switch-team', async (req, res) => {\n  const teamId = String(req.body.teamId)\n  await Team.findOne({ _id: teamId, members: req.user.id }).orFail()\n  req.session.teamId = teamId\n  res.end()\n})" },
    { ...JS, code: "router.post('/login', async (req, res) => {\n  const email = String(req.body.email).toLowerCase()\n  const user = await users.findByEmail(email)\n  const ok = user && (await argon2.verify(user.hash, req.body.password))\n  if (!ok) return res.sendStatus(401)\n  req.session.email = email\n  res.end()\n})" },
    // a service on the instance that checks the password and returns the account, or redeems a code with the provider
    { ...TS, code: "@Controller('auth')\nexport class AuthController {\n  @Post('login')\n  async login(@Body() dto: LoginDto, @Session() session: Record<string, any>) {\n    const user = await this.auth.validateUser(dto.email, dto.password)\n    if (!user) throw new UnauthorizedException()\n    session.userId = user.id\n    session.email = dto.email\n  }\n}" },
    { ...TS, code: "@Controller('auth')\nexport class AuthController {\n  @Get('callback')\n  async callback(@Query('code') code: string, @Session() session: Record<string, any>) {\n    const profile = await this.auth.exchangeCode(code)\n    session.user = { id: profile.id, email: profile.email }\n  }\n}" },
    // a value whose MAC the handler checked: the key holder made it
    { ...TS, code: "router.get('/sso', async (ctx) => {\n  const { uid, sig } = ctx.query as { uid: string; sig: string }\n  const expected = createHmac('sha256', KEY).update(uid).digest()\n  const given = Buffer.from(sig ?? '', 'hex')\n  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return\n  ctx.session!.userId = uid\n})" },
  ],
  invalid: [
    // TypeScript's non-null assertion on the session; a MAC computed but never compared
    { ...TS, code: "router.post('/login', async (ctx) => {\n  ctx.session!.role = ctx.request.body.role ?? 'member'\n})", findings: [{ line: 2 }] },
    { ...TS, code: "router.get('/sso', async (ctx) => {\n  const uid = String(ctx.query.uid)\n  const expected = createHmac('sha256', KEY).update(uid).digest('hex')\n  ctx.session!.userId = uid\n  ctx.body = expected\n})", findings: [{ line: 4 }] },
    { ...TS, code: "@Controller('auth')\nexport class AuthController {\n  @Post('as')\n  async as(@Body() dto: LoginDto, @Session() session: Record<string, any>) {\n    const user = await this.auth.validateUser(dto.email, dto.password)\n    if (!user) throw new UnauthorizedException()\n    session.userId = dto.userId\n  }\n}", findings: [{ line: 7 }] },
    // a lookup whose miss does not leave, a lookup by another value, and a match that is not equality
    { ...JS, code: "router.post('/switch-team', async (req, res) => {\n  const teamId = String(req.body.teamId)\n  await Team.findOne({ _id: teamId }).select('name')\n  req.session.teamId = teamId\n  res.end()\n})", findings: [{ line: 4 }] },
    { ...JS, code: "router.post('/switch-org', async (req, res) => {\n  const org = await db.org.findUnique({ where: { id: req.body.orgId } })\n  if (!org) console.warn('no such org')\n  req.session.orgId = req.body.orgId\n  res.end()\n})", findings: [{ line: 4 }] },
    { ...JS, code: "router.post('/login', async (req, res) => {\n  const user = await users.findByEmail(req.body.email)\n  if (!user) return res.sendStatus(401)\n  req.session.userId = req.body.userId\n  res.end()\n})", findings: [{ line: 4 }] },
    { ...JS, code: "router.post('/as', async (req, res) => {\n  const user = await db.user.findFirst({ where: { email: { contains: req.body.email } } })\n  if (!user) return res.sendStatus(404)\n  req.session.email = req.body.email\n  res.end()\n})", findings: [{ line: 4 }] },
    // the whole body, whatever keys the client put in it; an entry that names a plan
    { ...JS, code: "router.post('/as', (req, res) => {\n  req.session.id = req.body.id\n  req.session.memberIds = req.body.members\n  res.end()\n})", findings: [{ line: 2 }, { line: 3 }] },
    { ...JS, code: "router.post('/onboarding', (req, res) => {\n  req.session.onboarding = { ...req.session.onboarding, ...req.body }\n  req.session.draft = { title: req.body.title, plan: req.body.plan }\n  res.end()\n})", findings: [{ line: 2 }, { line: 3 }] },
    { ...JS, code: "router.post('/switch', (req, res) => {\n  req.session.userId = req.body.accountId\n  res.redirect('/')\n})", findings: [{ line: 2, message: /req\.session\.userId/ }] },
    // whom the user acts as: a support login's impersonation target is who every later request runs as
    { ...JS, code: "router.post('/support/impersonate', (req, res) => {\n  req.session.actingAs = req.body.userId\n  req.session.onBehalfOf = req.query.account\n  res.redirect('/')\n})", findings: [{ line: 2 }, { line: 3 }] },
    { ...JS, code: "router.get('/preview', (ctx) => {\n  ctx.session.isAdmin = ctx.query.admin === 'true'\n})", findings: [{ line: 2 }] },
    { ...JS, code: "router.post('/sso', (req, res) => {\n  req.session.user = { id: req.body.sub, role: req.body.role ?? 'member' }\n  res.redirect('/')\n})", findings: [{ line: 2 }] },
    { ...JS, code: "router.post('/step', (req, res) => {\n  req.session.onboarding = { ...req.session.onboarding, ...req.body }\n  res.end()\n})", findings: [{ line: 2 }] },
    // session APIs with set(), a session object bound to a name, a server action's arguments
    { ...JS, code: "fastify.post('/switch', async (request, reply) => {\n  request.session.set('accountId', request.body.accountId)\n  request.yar.set('plan', request.payload.plan)\n})", findings: [{ line: 2 }, { line: 3 }] },
    { path: 'app/actions.ts', code: "'use server'\nexport async function unlock(formData: FormData) {\n  const session = await getIronSession(await cookies(), opts)\n  session.isAdmin = formData.get('admin') === 'on'\n  await session.save()\n}", findings: [{ line: 4 }] },
    { ...TS, code: "@Controller('o')\nexport class O {\n  @Post('coupon')\n  apply(@Body('discount') discount: number, @Session() session: Record<string, any>) {\n    session.discount = discount\n  }\n}", findings: [{ line: 5 }] },
  ],
})

// A helper shaped like a handler (its first parameter the request) that stores what its caller hands it in the session:
// the value the route passes is fed to it; a lookup's result is the server's.
testRule(registered('js/trust-boundary'), {
  valid: [
    { path: 'src/routes/delegation.ts', code: "function actOnBehalfOf(req: Request, ownerId: string) {\n  req.session.actingAs = ownerId\n}\nrouter.post('/switch', async (req: Request, res: Response) => {\n  const grant = await prisma.delegation.findFirst({ where: { delegateId: req.session.userId, ownerId: String(req.body.ownerId) } })\n  if (!grant) return res.status(403).end()\n  actOnBehalfOf(req, grant.ownerId)\n  res.redirect('/inbox')\n})" },
  ],
  invalid: [
    { path: 'src/routes/delegation.ts', code: "function actOnBehalfOf(req: Request, ownerId: string) {\n  req.session.actingAs = ownerId\n}\nrouter.post('/switch', async (req: Request, res: Response) => {\n  actOnBehalfOf(req, req.body.ownerId)\n  res.redirect('/inbox')\n})", findings: [{ line: 2 }] },
  ],
})

// A helper that setattr()s every key of the mapping it is handed, called by a route with the JSON body and followed by a
// commit: the keys are the client's; the same helper behind an allow-list of keys is not.
const APPLY = (guard: string) =>
  `from flask import request\nfrom app.db import db\n\ndef apply_changes(record, changes):\n    for field, value in changes.items():\n${guard}\n\n@bp.patch("/api/me")\n@login_required\ndef update_me():\n    apply_changes(current_user, request.get_json(force=True))\n    db.session.commit()\n    return {"ok": True}\n`
testRule(registered('python/mass-assignment'), {
  valid: [{ ...PY, code: APPLY('        if field in EDITABLE:\n            setattr(record, field, value)') }],
  invalid: [{ ...PY, code: APPLY('        setattr(record, field, value)'), findings: [{ line: 6 }] }],
})

testRule(registered('python/mass-assignment'), {
  valid: [
    // named fields, schema output, a plain dict, a ModelForm
    { ...PY, code: `${FLASK}@bp.patch("/contact")\ndef contact():\n    data = request.get_json()\n    Account.query.filter_by(id=g.user.account_id).update({"billing_email": data["billing_email"]})\n    db.session.commit()\n    return "", 204` },
    { ...PY, code: `${FLASK}@bp.post("/profile")\ndef profile():\n    payload = ProfileUpdate.model_validate(request.get_json())\n    for key, value in payload.model_dump(exclude_unset=True).items():\n        setattr(g.user, key, value)\n    db.session.commit()\n    return "", 204` },
    { ...PY, code: `${FLASK}def build_filters(params):\n    filters = {}\n    filters.update(request.args)\n    return filters` },
    // a setattr loop that lets only listed names through: under `if key in LIST`, or after `if key not in LIST: continue`
    { ...PY, code: `${FLASK}EDITABLE_FIELDS = {"display_name", "bio"}\n\n@bp.patch("/profile")\ndef profile():\n    for field, value in request.get_json().items():\n        if field in EDITABLE_FIELDS:\n            setattr(g.user, field, value)\n    db.session.commit()\n    return "", 204` },
    { ...PY, code: `${FLASK}@bp.patch("/profile")\ndef profile():\n    for key, value in request.get_json().items():\n        if key in ("display_name", "bio") and value is not None:\n            setattr(g.user, key, value)\n    db.session.commit()\n    return "", 204` },
    { ...PY, code: `${FLASK}@bp.patch("/profile")\ndef profile():\n    for key, value in request.get_json().items():\n        if key not in Profile.EDITABLE:\n            abort(400)\n        setattr(g.user, key, value)\n    db.session.commit()\n    return "", 204` },
    { ...PY, code: `${FLASK}@bp.post("/items")\ndef items():\n    item = ItemCreate(**request.get_json())\n    return {"name": item.name}` },
    { ...PY, code: `${FLASK}@bp.put("/avatar")\ndef avatar():\n    body = request.get_json()\n    mongo.db.users.update_one({"_id": g.user.id}, {"$set": {"avatar": str(body.get("avatar", ""))}})\n    return "", 204` },
    { path: 'tests/test_users.py', code: 'ADMIN = {"username": "root", "is_staff": True}\n\ndef test_admin(db):\n    User.objects.create(**ADMIN)\n' },
  ],
  invalid: [
    { ...PY, code: `${DJANGO}def quick_signup(request):\n    user = User.objects.create(**request.POST.dict())\n    return redirect("home")`, findings: [{ line: 5, message: /binds `\*\*request\.POST\.dict\(\)`/ }] },
    { ...PY, code: `${FLASK}@bp.put("/account")\ndef account():\n    for key, value in request.get_json().items():\n        setattr(g.user, key, value)\n    db.session.commit()\n    return "", 204`, findings: [{ line: 9 }] },
    // what the model has is no allow-list: every column, is_admin included, passes; nor is a check that an `or` can skip
    { ...PY, code: `${FLASK}@bp.put("/account")\ndef account():\n    for key, value in request.get_json().items():\n        if key in User.__table__.columns:\n            setattr(g.user, key, value)\n    db.session.commit()\n    return "", 204`, findings: [{ line: 10 }] },
    { ...PY, code: `${FLASK}@bp.put("/account")\ndef account():\n    for key, value in request.get_json().items():\n        if key in EDITABLE or g.user.is_admin:\n            setattr(g.user, key, value)\n    db.session.commit()\n    return "", 204`, findings: [{ line: 10 }] },
    { ...PY, code: `${FLASK}@bp.put("/account")\ndef account():\n    for key, value in request.get_json().items():\n        if hasattr(g.user, key):\n            setattr(g.user, key, value)\n    db.session.commit()\n    return "", 204`, findings: [{ line: 10 }] },
    { ...PY, code: `${FLASK}@bp.post("/orders")\ndef orders():\n    order = Order(**request.get_json(), user_id=g.user.id)\n    db.session.add(order)\n    db.session.commit()\n    return "", 201`, findings: [{ line: 8 }] },
    { ...PY, code: `${FLASK}@bp.patch("/billing")\ndef billing():\n    db.session.query(Account).filter_by(id=g.user.account_id).update(request.json)\n    db.session.commit()\n    return "", 204`, findings: [{ line: 8 }] },
    { ...PY, code: `${FLASK}@bp.post("/prefs")\ndef prefs():\n    prefs = Prefs.query.get(g.user.id)\n    prefs.__dict__.update(request.form.to_dict())\n    db.session.commit()\n    return "", 204`, findings: [{ line: 9 }] },
  ],
})

/** A change to a server-actions file whose `'use server'` first line is above the hunk, as `git diff` shows it. */
function actionsHunk(path: string, added: string): string {
  const lines = added.split('\n')
  return [`diff --git a/${path} b/${path}`, `--- a/${path}`, `+++ b/${path}`, `@@ -12,3 +12,${lines.length + 3} @@`, " import { auth } from '@/auth'", ' ', ...lines.map((l) => `+${l}`), ' export const runtime = "nodejs"', ''].join('\n')
}
const PREFS = "export async function updatePreferences(formData: FormData) {\n  const session = await auth()\n  const fields = Object.fromEntries(formData)\n  await prisma.user.update({ where: { id: session.user.id }, data: fields })\n}"

testRule(registered('js/mass-assignment'), {
  valid: [
    // picked fields, a plain object, a record not from the request, a test fixture
    { ...JS, code: `${EXPRESS}router.patch('/me', async (req, res) => {\n  const user = await User.findById(req.session.userId)\n  Object.assign(user, _.pick(req.body, ['displayName', 'bio']))\n  await user.save()\n  res.json(user)\n})` },
    { ...JS, code: "router.get('/', (req, res) => {\n  const view = Object.assign({}, DEFAULTS, req.query)\n  res.render('settings', { view })\n})" },
    { ...JS, code: `${EXPRESS}router.post('/invite', async (req, res) => {\n  const { email, name } = req.body\n  res.json(await User.create({ email: String(email), name: String(name) }))\n})` },
    { ...TS, code: "export async function PATCH(req: Request) {\n  const data = Profile.strict().parse(await req.json())\n  return Response.json(await prisma.user.update({ where: { id: 1 }, data }))\n}" },
    { ...TS, code: "export async function PATCH(req: Request) {\n  const parsed = AccountPatch.safeParse(await req.json())\n  if (!parsed.success) return Response.json({}, { status: 422 })\n  return Response.json(await prisma.user.update({ where: { id: 1 }, data: parsed.data }))\n}" },
    { ...TS, code: "@Controller('p')\nexport class P {\n  @Patch()\n  async update(@Body() dto: UpdateProfileDto) {\n    const profile = await this.profiles.findOneByOrFail({ id: 1 })\n    return this.profiles.save(this.profiles.merge(profile, dto))\n  }\n}" },
    { ...JS, code: "const digest = crypto.createHash('sha256').update(req.body).digest('hex')\n" },
    { ...JS, code: "fastify.post('/note', async (request) => {\n  return Invoice.query().patchAndFetchById(request.params.id, { note: String(request.body.note) })\n})" },
    { ...JS, code: "router.get('/', (req, res) => {\n  const opts = _.merge({}, DEFAULTS, req.query)\n  res.render('list', opts)\n})" },
    { path: 'test/helpers/seed.js', code: `${EXPRESS}async function seed() {\n  return User.create(fixtures.admin)\n}` },
    // the same change to a file that is not named for actions, or a helper that takes no FormData
    { path: 'app/settings/preferences.ts', code: '', diff: actionsHunk('app/settings/preferences.ts', PREFS) },
    { path: 'app/settings/actions.ts', code: '', diff: actionsHunk('app/settings/actions.ts', PREFS.replace('formData: FormData', 'formData: Map<string, string>')) },
  ],
  invalid: [
    // a server-actions file whose 'use server' line is above the hunk: an exported action taking the form's FormData
    { path: 'app/settings/actions.ts', code: '', diff: actionsHunk('app/settings/actions.ts', PREFS), findings: [{ line: 17 }] },
    { ...JS, code: `${EXPRESS}router.post('/signup', async (req, res) => {\n  const user = new User(req.body)\n  await user.save()\n  res.json({ id: user.id })\n})`, findings: [{ line: 4, message: /new `User` that is saved/ }] },
    { ...JS, code: `${EXPRESS}router.put('/me', async (req, res) => {\n  res.json(await User.findByIdAndUpdate(req.session.userId, req.body, { new: true }))\n})`, findings: [{ line: 4 }] },
    { ...JS, code: `${EXPRESS}router.post('/admin/users/:id', async (req, res) => {\n  const user = await User.findById(req.params.id)\n  Object.assign(user, req.body)\n  await user.save()\n  res.json(user)\n})`, findings: [{ line: 5 }] },
    { ...JS, code: "router.patch('/users/:id', async (ctx) => {\n  const user = await User.findByPk(ctx.params.id)\n  await user.update(ctx.request.body)\n  await Team.update(ctx.request.body, { where: { id: ctx.params.id } })\n})", findings: [{ line: 3 }, { line: 4 }] },
    { ...TS, code: "export async function POST(req: Request) {\n  const body = await req.json()\n  return Response.json(await prisma.organization.create({ data: { ...body, ownerId: 1 } }))\n}", findings: [{ line: 3 }] },
    // the body kept under the option's own name and passed in shorthand
    { ...TS, code: "export async function PATCH(req: Request) {\n  const data = await req.json()\n  return Response.json(await prisma.user.update({ where: { id: 1 }, data }))\n}", findings: [{ line: 3 }] },
    { ...JS, code: "fastify.post('/invoices', async (request) => {\n  const account = await Account.query().findById(request.params.id)\n  await account.$query().patchAndFetch(request.body)\n  return Invoice.query().insert(request.body)\n})", findings: [{ line: 3 }, { line: 4 }] },
    { ...JS, code: `${EXPRESS}router.put('/:id', async (req, res) => {\n  const post = await Post.findById(req.params.id)\n  _.merge(post, req.body)\n  await post.save()\n  res.json(post)\n})`, findings: [{ line: 5 }] },
    { ...TS, code: "@Controller('p')\nexport class P {\n  constructor(private readonly users: Repository<User>) {}\n  @Put()\n  async replace(@Body() body: Record<string, unknown>) {\n    const user = await this.users.findOneByOrFail({ id: 1 })\n    return this.users.save(this.users.merge(user, body))\n  }\n}", findings: [{ line: 7 }] },
  ],
})

// Masonite: `request.all()` is the client's whole input; Masonite ORM models take it as one dict, and `session.set()` keeps an entry.
const masoniteController = (body: string): string =>
  `from masonite.controllers import Controller\nfrom masonite.request import Request\nfrom masonite.response import Response\nfrom masonite.sessions import Session\n\n\nclass UserController(Controller):\n${body}`

testRule(registered('python/mass-assignment'), {
  valid: [
    { code: masoniteController('    def store(self, request: Request, response: Response):\n        return response.json(User.create(request.only("name", "email")).serialize())\n'), path: 'app/controllers/UserController.py' },
    { code: masoniteController('    def store(self, request: Request, response: Response):\n        return response.json(User.create({"name": request.input("name"), "email": request.input("email")}).serialize())\n'), path: 'app/controllers/UserController.py' },
    // A dict's own update in a module that is not on Masonite ORM.
    { code: 'from flask import request\n\n@app.post("/prefs")\ndef prefs():\n    prefs = dict(DEFAULTS)\n    prefs.update(request.json)\n    return prefs', path: 'app/views.py' },
  ],
  invalid: [
    { code: masoniteController('    def store(self, request: Request, response: Response):\n        return response.json(User.create(request.all()).serialize())\n'), path: 'app/controllers/UserController.py', findings: [{ line: 9 }] },
    { code: masoniteController('    def update(self, request: Request, response: Response):\n        user = User.find(request.param("id"))\n        user.update(request.all())\n        return response.json(user.serialize())\n'), path: 'app/controllers/UserController.py', findings: [{ line: 10 }] },
  ],
})

testRule(registered('python/trust-boundary'), {
  valid: [
    { code: masoniteController('    def login(self, request: Request, session: Session, response: Response):\n        user = User.where("email", request.input("email")).first()\n        session.set("user_id", user.id)\n        return response.redirect("/")\n'), path: 'app/controllers/UserController.py' },
  ],
  invalid: [
    { code: masoniteController('    def remember(self, request: Request, session: Session, response: Response):\n        session.set("role", request.input("role"))\n        return response.back()\n'), path: 'app/controllers/UserController.py', findings: [{ line: 9 }] },
  ],
})

// AdonisJS: a controller's `session.put(key, value)` keeps the entry for later requests.
const ADONIS = (body: string) =>
  `import type { HttpContext } from '@adonisjs/core/http'\nimport Workspace from '#models/workspace'\nexport default class WorkspacesController {\n  async switch({ request, response, session, auth }: HttpContext) {\n${body}\n    return response.redirect('/dashboard')\n  }\n}`

testRule(registered('js/trust-boundary'), {
  valid: [
    { path: 'app/controllers/workspaces_controller.ts', code: ADONIS("    const ws = await Workspace.query().where('id', request.input('workspace_id')).whereHas('members', (q) => q.where('user_id', auth.user!.id)).firstOrFail()\n    session.put('workspace_id', ws.id)") },
    { path: 'app/controllers/workspaces_controller.ts', code: ADONIS("    session.put('locale', request.input('locale'))\n    session.flash('notice', `Switched to ${request.input('name')}`)") },
  ],
  invalid: [
    { path: 'app/controllers/workspaces_controller.ts', code: ADONIS("    session.put('workspace_id', request.input('workspace_id'))"), findings: [{ line: 5 }] },
  ],
})

// The key of a record a lookup found (`filter_by(email=email).first()` tested for None) is one the system holds.
testRule(registered('python/trust-boundary'), {
  valid: [
    { ...PY, code: `${FLASK}@bp.post("/reset")\ndef reset():\n    email = request.form["email"]\n    user = User.query.filter_by(email=email).first()\n    if user is not None:\n        session["reset_email"] = email\n    return "", 204` },
    { ...PY, code: `${FLASK}@bp.post("/reset")\ndef reset():\n    email = request.form["email"]\n    user = db.session.query(User).filter(User.email == email).one_or_none()\n    if not user:\n        abort(404)\n    session["reset_email"] = email\n    return "", 204` },
  ],
  invalid: [
    // no lookup: the address is the client's claim
    { ...PY, code: `${FLASK}@bp.post("/sso")\ndef sso():\n    email = request.form["email"]\n    session["sso_email"] = email\n    return "", 204`, findings: [{ line: 9 }] },
    // the branch where nothing was found
    { ...PY, code: `${FLASK}@bp.post("/invite")\ndef invite():\n    email = request.form["email"]\n    user = User.query.filter_by(email=email).first()\n    if user is None:\n        session["invited_email"] = email\n    return "", 204`, findings: [{ line: 11 }] },
    // a miss that does not stop the handler vouches for nothing after it
    { ...PY, code: `${FLASK}@bp.post("/reset")\ndef reset():\n    email = request.form["email"]\n    user = User.query.filter_by(email=email).first()\n    if not user:\n        flash("unknown")\n    session["reset_email"] = email\n    return "", 204`, findings: [{ line: 12 }] },
  ],
})

// DRF's serializer.save(**extra) adds the keywords past the serializer's field list; it names no file either.
const DRF = 'from rest_framework import viewsets\nfrom .serializers import OrderSerializer\n\nclass OrderViewSet(viewsets.ModelViewSet):\n    serializer_class = OrderSerializer\n\n'

testRule(registered('python/mass-assignment'), {
  valid: [
    { ...PY, code: `${DRF}    def perform_create(self, serializer):\n        serializer.save(owner=self.request.user)` },
    { ...PY, code: `${DRF}    def perform_update(self, serializer):\n        serializer.save(**{"updated_by": self.request.user})` },
  ],
  invalid: [{ ...PY, code: `${DRF}    def perform_update(self, serializer):\n        serializer.save(**self.request.data)`, findings: [{ line: 8, message: /past the fields it validates/ }] }],
})

testRule(registered('python/path-traversal'), {
  valid: [{ ...PY, code: `${DRF}    def perform_update(self, serializer):\n        serializer.save(**self.request.data)` }],
  invalid: [{ ...PY, code: 'from flask import request\n@app.post("/up")\ndef up():\n    request.files["f"].save(request.form["dest"])\n    return "ok"', findings: [{ line: 4 }] }],
})
