/**
 * Python sources and sinks of services outside the web frameworks, and the checks that go with them: a gRPC
 * servicer's request message (and `context.abort` ending the RPC), CherryPy's exposed methods and `HTTPRedirect`,
 * a Motor/PyMongo filter that is the whole JSON body, an Elasticsearch script written from request data, a
 * reset link logged, marshmallow's typed fields, a same-file helper that confines a path, a MAC check on bytes
 * from a socket, a Tortoise/Peewee `get_or_none`, a checked key of a parsed body saved on a record, a class's own
 * record in the session, and a `next` URL carried through the session to a redirect.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const py = (...lines: string[]): string => `${lines.join('\n')}\n`

const servicer = (...body: string[]): string =>
  py('import os', 'import grpc', 'import requests', 'from store.proto import store_pb2, store_pb2_grpc', '', 'ROOT = "/srv/store"', '', '', 'class Store(store_pb2_grpc.StoreServicer):', ...body)

testRule(registered('python/path-traversal'), {
  valid: [
    // Resolved and checked under the root by a helper of the module, the RPC ended by `context.abort` otherwise.
    {
      code: servicer(
        '    def Read(self, request, context):',
        '        path = os.path.join(ROOT, request.name)',
        '        if not _inside(path):',
        '            context.abort(grpc.StatusCode.INVALID_ARGUMENT, "bad path")',
        '        with open(path, "rb") as fh:',
        '            return store_pb2.Blob(data=fh.read())',
        '',
        '',
        'def _inside(path):',
        '    real = os.path.realpath(path)',
        '    return os.path.commonpath([real, ROOT]) == ROOT',
      ),
      path: 'store/server.py',
    },
    // A class named like a servicer in a module that does not use gRPC.
    { code: py('import os', '', 'class MealServicer(Base):', '    def Plate(self, request, context):', '        return open(os.path.join("/srv", request.name)).read()'), path: 'kitchen/meals.py' },
    // An exposed CherryPy page that opens a fixed file.
    { code: py('import cherrypy', '', 'class Root:', '    @cherrypy.expose', '    def index(self, tab="home"):', '        with open("static/index.html") as fh:', '            return fh.read()'), path: 'site/root.py' },
    // A record looked up by the client's name holds the stored name the server chose.
    {
      code: py('import os', 'from fastapi import FastAPI, HTTPException', 'from fastapi.responses import FileResponse', 'from files.models import Attachment', '', 'app = FastAPI()', '', '@app.get("/a/{name}")', 'async def attachment(name: str):', '    att = await Attachment.get_or_none(filename=name)', '    if att is None:', '        raise HTTPException(404)', '    return FileResponse(os.path.join("/var/att", att.stored_name))'),
      path: 'files/api.py',
    },
  ],
  invalid: [
    { code: servicer('    def Read(self, request, context):', '        with open(os.path.join(ROOT, request.project, request.name), "rb") as fh:', '            return store_pb2.Blob(data=fh.read())'), path: 'store/server.py', findings: [{ line: 11 }] },
    // A helper that only joins is no containment check.
    {
      code: servicer('    def Read(self, request, context):', '        path = _under_root(request.name)', '        if not os.path.exists(path):', '            context.abort(grpc.StatusCode.NOT_FOUND, "missing")', '        return store_pb2.Blob(data=open(path, "rb").read())', '', '', 'def _under_root(name):', '    return os.path.join(ROOT, name)'),
      path: 'store/server.py',
      findings: [{ line: 14 }],
    },
    { code: py('import os', 'import cherrypy', '', 'class Docs:', '    @cherrypy.expose', '    def page(self, name="index"):', '        with open(os.path.join("static", f"{name}.html")) as fh:', '            return fh.read()'), path: 'site/docs.py', findings: [{ line: 7 }] },
  ],
})

testRule(registered('python/ssrf'), {
  valid: [
    {
      code: servicer('    def Mirror(self, request, context):', '        if not request.url.startswith("https://files.example.com/"):', '            context.abort(grpc.StatusCode.PERMISSION_DENIED, "host")', '        return store_pb2.Blob(data=requests.get(request.url, timeout=10).content)'),
      path: 'store/server.py',
    },
    // The body's URL checked by key, then saved on the record the request is sent to.
    {
      code: py('import json', 'import httpx', 'from django.http import HttpResponseBadRequest, JsonResponse', 'from hooks.models import Subscription', '', 'def subscribe(request):', '    data = json.loads(request.body)', '    if not is_public_url(data.get("url", "")):', '        return HttpResponseBadRequest("url")', '    sub = Subscription.objects.create(owner=request.user, url=data["url"], events=data.get("events", []))', '    return JsonResponse({"ping": httpx.post(sub.url, json={}).status_code})'),
      path: 'hooks/views.py',
    },
  ],
  invalid: [
    { code: servicer('    def Mirror(self, request, context):', '        return store_pb2.Blob(data=requests.get(request.url, timeout=10).content)'), path: 'store/server.py', findings: [{ line: 11 }] },
    // Another key of the body is checked, not the URL saved.
    {
      code: py('import json', 'import httpx', 'from django.http import HttpResponseBadRequest, JsonResponse', 'from hooks.models import Subscription', '', 'def subscribe(request):', '    data = json.loads(request.body)', '    if data.get("kind") not in ("slack", "http"):', '        return HttpResponseBadRequest("kind")', '    sub = Subscription.objects.create(owner=request.user, url=data["url"], kind=data["kind"])', '    return JsonResponse({"ping": httpx.post(sub.url, json={}).status_code})'),
      path: 'hooks/views.py',
      findings: [{ line: 11 }],
    },
  ],
})

testRule(registered('python/open-redirect'), {
  valid: [
    { code: py('import cherrypy', '', 'class Root:', '    @cherrypy.expose', '    def old(self):', '        raise cherrypy.HTTPRedirect("/new")'), path: 'site/root.py' },
    // The stored address is checked when it is read back.
    {
      code: py('from flask import redirect, request, session', '', '@bp.route("/login")', 'def login():', '    session["after_login"] = request.args.get("next", "/")', '    return oauth.okta.authorize_redirect("/cb")', '', '@bp.route("/cb")', 'def callback():', '    target = session.pop("after_login", "/")', '    if not is_local_url(target):', '        target = "/"', '    return redirect(target)'),
      path: 'portal/sso.py',
    },
    // A session entry the server filled itself.
    { code: py('from flask import redirect, session, url_for', '', '@bp.route("/cb")', 'def callback():', '    session["after_login"] = url_for("dashboard")', '    return redirect(session.pop("after_login", "/"))'), path: 'portal/sso.py' },
  ],
  invalid: [
    { code: py('import cherrypy', '', 'class Root:', '    @cherrypy.expose', '    def go(self, url):', '        raise cherrypy.HTTPRedirect(url)'), path: 'site/root.py', findings: [{ line: 6 }] },
    {
      code: py('from flask import redirect, request, session', '', '@bp.route("/login")', 'def login():', '    session["after_login"] = request.args.get("next", "/")', '    return oauth.okta.authorize_redirect("/cb")', '', '@bp.route("/cb")', 'def callback():', '    oauth.okta.authorize_access_token()', '    return redirect(session.pop("after_login", "/"))'),
      path: 'portal/sso.py',
      findings: [{ line: 11 }],
    },
  ],
})

const motor = (...body: string[]): string => py('import os', 'from fastapi import APIRouter, Request', 'from motor.motor_asyncio import AsyncIOMotorClient', '', 'router = APIRouter()', 'db = AsyncIOMotorClient(os.environ["MONGO_URL"]).app', '', ...body)

testRule(registered('python/nosql-injection'), {
  valid: [
    { code: motor('@router.post("/f")', 'async def f(request: Request):', '    body = await request.json()', '    return await db.items.find({"city": str(body["city"])}).to_list(50)'), path: 'items/api.py' },
    // `find` of another library (a parsed page) is no collection filter.
    { code: py('from bs4 import BeautifulSoup', 'from flask import request', '', '@app.post("/p")', 'def p():', '    soup = BeautifulSoup(request.get_data(), "html.parser")', '    return str(soup.find(request.get_json()))'), path: 'app/pages.py' },
  ],
  invalid: [
    { code: motor('@router.post("/f")', 'async def f(request: Request):', '    criteria = await request.json()', '    return await db.items.find(criteria).to_list(50)'), path: 'items/api.py', findings: [{ line: 11 }] },
    { code: py('from flask import request', 'from pymongo import MongoClient', '', 'db = MongoClient().shop', '', '@app.post("/one")', 'def one():', '    return db.orders.find_one(request.get_json()) or {}'), path: 'shop/api.py', findings: [{ line: 8 }] },
  ],
})

const search = (...body: string[]): string => py('import os', 'from elasticsearch import AsyncElasticsearch', 'from fastapi import APIRouter', '', 'router = APIRouter()', 'es = AsyncElasticsearch(os.environ["ES_URL"])', 'BOOSTS = {"price": "doc[\'price\'].value"}', '', ...body)

testRule(registered('python/code-eval'), {
  valid: [
    // The client's value passed as a script parameter, the script text constant or picked from the code's table.
    { code: search('@router.get("/r")', 'async def r(q: str, weight: str = "1"):', '    return await es.search(index="i", query={"script_score": {"query": {"match": {"t": q}}, "script": {"source": "_score * params.w", "params": {"w": weight}}}})'), path: 'search/api.py' },
    { code: search('@router.get("/r")', 'async def r(q: str, boost: str = "price"):', '    script = BOOSTS.get(boost, BOOSTS["price"])', '    return await es.search(index="i", query={"script_score": {"query": {"match": {"t": q}}, "script": {"source": f"Math.log(2 + {script})"}}})'), path: 'search/api.py' },
  ],
  invalid: [
    { code: search('@router.get("/r")', 'async def r(q: str, formula: str = "_score"):', '    return await es.search(index="i", query={"script_score": {"query": {"match": {"t": q}}, "script": {"source": f"{formula} * 2"}}})'), path: 'search/api.py', findings: [{ line: 11 }] },
    { code: search('@router.post("/bump")', 'async def bump(field: str):', '    await es.update_by_query(index="i", script={"source": f"ctx._source.{field} += 1"}, query={"match_all": {}})'), path: 'search/api.py', findings: [{ line: 11 }] },
  ],
})

testRule(registered('python/sensitive-logging'), {
  valid: [
    { code: py('import logging', 'log = logging.getLogger(__name__)', '', 'def reset(user):', '    token = user.new_reset_token()', '    link = f"https://app.example.com/reset/{token}"', '    log.info("reset link issued for user %s", user.id)', '    send(user.email, link)'), path: 'accounts/reset.py' },
    // A link with the user's id in it is no credential.
    { code: py('import logging', 'log = logging.getLogger(__name__)', '', 'def profile(user):', '    link = f"https://app.example.com/u/{user.id}"', '    log.info("profile link %s", link)'), path: 'accounts/profile.py' },
  ],
  invalid: [
    { code: py('import logging', 'log = logging.getLogger(__name__)', '', 'def reset(user):', '    token = user.new_reset_token()', '    link = f"https://app.example.com/reset/{token}"', '    log.info("reset link for %s: %s", user.email, link)', '    send(user.email, link)'), path: 'accounts/reset.py', findings: [{ line: 7 }] },
  ],
})

const schema = py(
  'from flask import request',
  'from marshmallow import Schema, fields, validate',
  'from sqlalchemy import text',
  '',
  'class Filter(Schema):',
  '    category_id = fields.Integer(required=True)',
  '    order = fields.String(validate=validate.OneOf(["name", "price"]))',
  '    name = fields.String()',
  '',
)

testRule(registered('python/sql-injection'), {
  valid: [{ code: `${schema}@app.post("/f")\ndef f():\n    p = Filter().load(request.get_json())\n    return db.session.execute(text(f"SELECT * FROM products WHERE category_id = {p['category_id']} ORDER BY {p['order']}"))\n`, path: 'catalog/api.py' }],
  invalid: [{ code: `${schema}@app.post("/f")\ndef f():\n    p = Filter().load(request.get_json())\n    return db.session.execute(text(f"SELECT * FROM products WHERE name = '{p['name']}'"))\n`, path: 'catalog/api.py', findings: [{ line: 13 }] }],
})

const bridge = (...body: string[]): string => py('import hashlib', 'import hmac', 'import pickle', 'import socketserver', '', 'KEY = b"k"', '', '', 'class Handler(socketserver.BaseRequestHandler):', '    def handle(self):', '        frame = self.request.recv(65536)', '        sig, body = frame[:32], frame[32:]', ...body)

testRule(registered('python/unsafe-deserialization'), {
  valid: [{ code: bridge('        expected = hmac.new(KEY, body, hashlib.sha256).digest()', '        if not hmac.compare_digest(sig, expected):', '            return', '        self.request.sendall(pickle.dumps(pickle.loads(body)))'), path: 'bridge/server.py' }],
  invalid: [
    // The MAC covers other bytes than those unpickled.
    { code: bridge('        expected = hmac.new(KEY, frame[:16], hashlib.sha256).digest()', '        if not hmac.compare_digest(sig, expected):', '            return', '        self.request.sendall(pickle.dumps(pickle.loads(body)))'), path: 'bridge/server.py', findings: [{ line: 16 }] },
  ],
})

const login = (value: string): string => py('from flask import request, session', 'from portal.models import User', '', '@bp.route("/cb/<provider>")', 'def callback(provider):', '    info = oauth.create_client(provider).authorize_access_token()["userinfo"]', '    user = User.upsert_from_sso(provider, info)', `    session["user_id"] = ${value}`, '    return "ok"')

testRule(registered('python/trust-boundary'), {
  valid: [
    { code: login('user.id'), path: 'portal/sso.py' },
    { code: py('from flask import request, session', '', '@bp.route("/login")', 'def login():', '    session["after_login"] = request.args.get("next", "/")', '    return "ok"'), path: 'portal/sso.py' },
  ],
  invalid: [
    { code: login('request.args.get("uid")'), path: 'portal/sso.py', findings: [{ line: 8 }] },
    // Any other request value under a login-named key.
    { code: py('from flask import request, session', '', '@bp.route("/login")', 'def login():', '    session["login_user"] = request.args.get("user")', '    return "ok"'), path: 'portal/sso.py', findings: [{ line: 5 }] },
  ],
})

const consumer = (base: string, ...body: string[]): string =>
  py('import subprocess', 'from channels.generic.websocket import AsyncJsonWebsocketConsumer, WebsocketConsumer', 'from django.db import connection', '', '', `class Board(${base}):`, ...body)

testRule(registered('python/sql-injection'), {
  valid: [
    { code: consumer('AsyncJsonWebsocketConsumer', '    async def receive_json(self, content, **kwargs):', '        with connection.cursor() as cur:', '            cur.execute("SELECT id FROM card WHERE title = %s", [content.get("q", "")])'), path: 'boards/consumers.py' },
  ],
  invalid: [
    { code: consumer('AsyncJsonWebsocketConsumer', '    async def receive_json(self, content, **kwargs):', '        with connection.cursor() as cur:', '            cur.execute("SELECT id FROM card WHERE title = \'" + content["q"] + "\'")'), path: 'boards/consumers.py', findings: [{ line: 9 }] },
  ],
})

testRule(registered('python/log-injection'), {
  valid: [
    // A method of that name on a class that is no consumer.
    { code: py('import logging', 'log = logging.getLogger(__name__)', '', 'class Inbox:', '    def receive(self, text_data=None):', '        log.info(f"got {text_data}")'), path: 'mail/inbox.py' },
  ],
  invalid: [
    { code: py('import logging', 'from channels.generic.websocket import WebsocketConsumer', '', 'log = logging.getLogger(__name__)', '', 'class Chat(WebsocketConsumer):', '    def receive(self, text_data=None, bytes_data=None):', '        log.info(f"message: {text_data}")'), path: 'chat/consumers.py', findings: [{ line: 8 }] },
  ],
})

// A FastAPI/Starlette WebSocket endpoint: the connection's query string and every message the client sends are its own.
const WS = 'import asyncio\nimport os\nimport shlex\nimport aiofiles\nimport httpx\nfrom fastapi import APIRouter, WebSocket\n\nrouter = APIRouter()\n\n'

testRule(registered('python/path-traversal'), {
  valid: [
    { code: `${WS}@router.websocket("/ws/files")\nasync def files(websocket: WebSocket):\n    await websocket.accept()\n    msg = await websocket.receive_json()\n    async with aiofiles.open(os.path.join("/srv/files", os.path.basename(msg["path"]))) as fh:\n        await websocket.send_text(await fh.read())`, path: 'devbox/ws.py' },
    // An untyped parameter of a function that is no endpoint is nobody's connection.
    { code: `${WS}async def relay(websocket):\n    msg = await websocket.receive_json()\n    async with aiofiles.open(msg["path"]) as fh:\n        return await fh.read()`, path: 'devbox/ws.py' },
  ],
  invalid: [
    { code: `${WS}@router.websocket("/ws/files")\nasync def files(websocket: WebSocket):\n    await websocket.accept()\n    msg = await websocket.receive_json()\n    async with aiofiles.open(os.path.join("/srv/files", msg["path"])) as fh:\n        await websocket.send_text(await fh.read())`, path: 'devbox/ws.py', findings: [{ line: 14 }] },
    { code: `${WS}@router.websocket("/ws/files")\nasync def files(websocket: WebSocket):\n    await websocket.accept()\n    async for name in websocket.iter_text():\n        with open(os.path.join("/srv/files", name)) as fh:\n            await websocket.send_text(fh.read())`, path: 'devbox/ws.py', findings: [{ line: 14 }] },
  ],
})

testRule(registered('python/ssrf'), {
  valid: [
    { code: `${WS}UPSTREAM = "http://preview.internal:8080"\n\n@router.websocket("/ws/proxy")\nasync def proxy(websocket: WebSocket):\n    await websocket.accept()\n    async with httpx.AsyncClient() as client:\n        resp = await client.get(UPSTREAM + "/status")\n        await websocket.send_text(resp.text)`, path: 'devbox/ws.py' },
  ],
  invalid: [
    { code: `${WS}@router.websocket("/ws/proxy")\nasync def proxy(websocket: WebSocket):\n    await websocket.accept()\n    upstream = websocket.query_params["upstream"]\n    async with httpx.AsyncClient() as client:\n        resp = await client.get(upstream)\n        await websocket.send_text(resp.text)`, path: 'devbox/ws.py', findings: [{ line: 15 }] },
  ],
})

testRule(registered('python/shell-injection'), {
  valid: [
    { code: `${WS}@router.websocket("/ws/grep")\nasync def grep(websocket: WebSocket):\n    await websocket.accept()\n    term = await websocket.receive_text()\n    proc = await asyncio.create_subprocess_shell(f"grep -rn -- {shlex.quote(term)} .", stdout=asyncio.subprocess.PIPE)\n    await websocket.send_bytes((await proc.communicate())[0])`, path: 'devbox/ws.py' },
  ],
  invalid: [
    { code: `${WS}@router.websocket("/ws/grep")\nasync def grep(websocket: WebSocket):\n    await websocket.accept()\n    term = await websocket.receive_text()\n    proc = await asyncio.create_subprocess_shell(f"grep -rn -- {term} .", stdout=asyncio.subprocess.PIPE)\n    await websocket.send_bytes((await proc.communicate())[0])`, path: 'devbox/ws.py', findings: [{ line: 14 }] },
  ],
})
