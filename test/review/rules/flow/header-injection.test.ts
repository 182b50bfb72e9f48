/**
 * Response headers chosen by the client (CWE-113): the value of a header that changes how the response is treated, or
 * a header's name, in every profile; any other header's value with its line breaks kept, strict only. Look-alikes:
 * allow-listed and guessed types, encoded or base file names, echoed request ids, numbers, cookies, `Location`.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const FLASK = { path: 'app/files/views.py' }
const FLASK_HEAD = 'from flask import Response, abort, make_response, request, send_file\nfrom urllib.parse import quote\n\nTYPES = {"text/csv", "application/pdf"}\n\n@app.get("/f/<int:i>")\ndef show(i):\n    resp = make_response(load(i))\n'
const DJANGO = { path: 'reports/views.py' }
const DJANGO_HEAD = 'from django.http import HttpResponse\n\ndef report(request, pk):\n    response = HttpResponse(load(pk))\n'
const FASTAPI = { path: 'app/api/mocks.py' }
const FASTAPI_HEAD = 'from fastapi import APIRouter, Response\nfrom pydantic import BaseModel\n\nrouter = APIRouter()\n\nclass MockResponse(BaseModel):\n    headers: dict[str, str] = {}\n\n@router.post("/mocks")\nasync def respond(spec: MockResponse):\n    response = Response(content="")\n'
const EXPRESS = { path: 'src/routes/files.js' }

testRule(registered('python/header-injection'), {
  valid: [
    { ...FLASK, code: `${FLASK_HEAD}    kind = request.args.get("type", "text/csv")\n    if kind not in TYPES:\n        abort(400)\n    resp.headers["Content-Type"] = kind\n    return resp\n` },
    { ...FLASK, code: `${FLASK_HEAD}    name = request.args.get("as", "file")\n    resp.headers["Content-Disposition"] = f"attachment; filename*=UTF-8''{quote(name)}"\n    return resp\n` },
    { ...FLASK, code: `${FLASK_HEAD}    resp.headers["X-Request-ID"] = request.headers.get("X-Request-ID", "")\n    return resp\n` },
    { ...FLASK, code: `${FLASK_HEAD}    age = request.args.get("max_age", type=int) or 60\n    resp.headers["Cache-Control"] = f"max-age={age}"\n    return resp\n` },
    { ...FLASK, code: `${FLASK_HEAD}    resp.set_cookie("label", request.args.get("label", ""), httponly=True, secure=True)\n    return resp\n` },
    { ...FLASK, code: `${FLASK_HEAD}    name = request.args["name"]\n    return send_file(name, mimetype=mimetypes.guess_type(name)[0])\n` },
    { ...FLASK, code: `${FLASK_HEAD}    return load(i), 200, {"Content-Type": TYPES_BY_NAME.get(request.args.get("f"), "text/csv")}\n` },
    { ...FLASK, code: `${FLASK_HEAD}    name = request.args.get("name", "")\n    mime = mimetypes.guess_type(name)[0] or "application/octet-stream"\n    return load(i), 200, {"Content-Type": mime}\n` },
    // A strict-profile header: its value matters only where line breaks are let through.
    { ...FLASK, code: `${FLASK_HEAD}    resp.headers["X-Tenant"] = request.args["tenant"]\n    return resp\n` },
    // Outgoing request headers are not the response's.
    { ...FLASK, code: `${FLASK_HEAD}    session.headers["Content-Type"] = request.args["ct"]\n    return resp\n` },
    { ...DJANGO, code: `${DJANGO_HEAD}    response["X-Correlation-ID"] = request.META.get("HTTP_X_CORRELATION_ID", "")\n    return response\n` },
    // A dict named `response` with a data key.
    { ...DJANGO, code: 'def report(request, pk):\n    response = {}\n    response["content_type"] = request.GET["mime"]\n    return JsonResponse(response)\n' },
  ],
  invalid: [
    { ...FLASK, code: `${FLASK_HEAD}    resp.headers["Content-Type"] = request.args.get("type")\n    return resp\n`, findings: [{ line: 9, message: /Content-Type/ }] },
    { ...FLASK, code: `${FLASK_HEAD}    name = request.args.get("as", "file")\n    resp.headers["Content-Disposition"] = f'attachment; filename="{name}"'\n    return resp\n`, findings: [{ line: 10, message: /file name/ }] },
    { ...FLASK, code: `${FLASK_HEAD}    return Response(load(i), headers={"Content-Type": request.args["ct"]})\n`, findings: [{ line: 9 }] },
    { ...FLASK, code: `${FLASK_HEAD}    return send_file(path_for(i), mimetype=request.args["format"])\n`, findings: [{ line: 9 }] },
    // A view's `(body, status, headers)` tuple, and `send_from_directory`'s type.
    { ...FLASK, code: `${FLASK_HEAD}    return load(i), 200, {"Content-Type": request.args.get("type", "text/csv")}\n`, findings: [{ line: 9 }] },
    { ...FLASK, code: `${FLASK_HEAD}    return send_from_directory(DIR, name_for(i), mimetype=request.args.get("as"))\n`, findings: [{ line: 9 }] },
    { ...DJANGO, code: `${DJANGO_HEAD}    return HttpResponse(load(pk), content_type=request.GET.get("mime", "text/plain"))\n`, findings: [{ line: 5 }] },
    { ...DJANGO, code: `${DJANGO_HEAD}    response["Content-Security-Policy"] = "frame-ancestors " + request.GET["parent"]\n    return response\n`, findings: [{ line: 5 }] },
    // A hunk of a Django view without its imports: the key is spelled as a header.
    { ...DJANGO, code: 'def report(request, pk):\n    response = render_report(pk)\n    response["Content-Type"] = request.GET["mime"]\n    return response\n', findings: [{ line: 3 }] },
    // A body model whose class name ends in `Response` is still the client's.
    { ...FASTAPI, code: `${FASTAPI_HEAD}    for name, value in spec.headers.items():\n        response.headers[name] = value\n    return response\n`, findings: [{ line: 13, message: /name the response header/ }] },
  ],
})

testRule(registered('python/header-injection-value'), {
  valid: [
    { ...FLASK, code: `${FLASK_HEAD}    resp.headers["X-Tenant"] = request.args["tenant"].replace("\\r", "").replace("\\n", "")\n    return resp\n` },
    { ...FLASK, code: `${FLASK_HEAD}    resp.headers["X-Request-ID"] = request.headers.get("X-Request-ID", "")\n    return resp\n` },
  ],
  invalid: [
    { ...FLASK, code: `${FLASK_HEAD}    resp.headers["X-Tenant"] = request.args["tenant"]\n    return resp\n`, findings: [{ line: 9, message: /line breaks/ }], options: { profile: 'strict' } },
  ],
})

testRule(registered('js/header-injection'), {
  valid: [
    { ...EXPRESS, code: "const contentDisposition = require('content-disposition')\nrouter.get('/f/:id', (req, res) => {\n  res.setHeader('Content-Disposition', contentDisposition(req.query.name))\n  res.send(load(req.params.id))\n})" },
    { ...EXPRESS, code: "router.get('/f/:id', (req, res) => {\n  res.set('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(req.query.name)}`)\n  res.send(load(req.params.id))\n})" },
    { ...EXPRESS, code: "const TYPES = new Set(['text/csv'])\nrouter.get('/f/:id', (req, res) => {\n  const type = String(req.query.type)\n  if (!TYPES.has(type)) return res.status(400).end()\n  res.set('Content-Type', type)\n  res.send(load(req.params.id))\n})" },
    { ...EXPRESS, code: "router.get('/health', (req, res) => {\n  res.set('X-Request-Id', req.get('x-request-id') || '')\n  res.json({ ok: true })\n})" },
    { path: 'src/routes/files.ts', code: "import { Hono } from 'hono'\nconst app = new Hono()\napp.get('/f', (c) => {\n  c.set('type', c.req.query('type'))\n  return c.text('ok')\n})" },
    // Outgoing request headers.
    { ...EXPRESS, code: "router.get('/p', async (req, res) => {\n  const headers = new Headers()\n  headers.set('Content-Type', req.query.type)\n  await fetch(UPSTREAM, { headers })\n  res.end()\n})" },
  ],
  invalid: [
    { ...EXPRESS, code: "router.get('/f/:id', (req, res) => {\n  res.setHeader('Content-Disposition', `attachment; filename=\"${req.query.name}\"`)\n  res.send(load(req.params.id))\n})", findings: [{ line: 2 }] },
    { ...EXPRESS, code: "router.get('/f/:id', (req, res) => {\n  res.writeHead(200, { 'Content-Type': req.query.mime })\n  res.end(load(req.params.id))\n})", findings: [{ line: 2 }] },
    { ...EXPRESS, code: "router.post('/mock', (ctx) => {\n  for (const [k, v] of Object.entries(ctx.request.body.headers)) ctx.set(k, v)\n})", findings: [{ line: 2, message: /name the response header/ }] },
    { path: 'app/api/f/route.ts', code: "export async function GET(request: Request) {\n  const type = new URL(request.url).searchParams.get('type') ?? 'text/plain'\n  const headers = new Headers()\n  headers.set('Content-Type', type)\n  return new Response('x', { headers })\n}", findings: [{ line: 4 }] },
  ],
})

testRule(registered('js/header-injection-value'), {
  valid: [
    // A validator computed from the client's data is a hash, not its text.
    { ...EXPRESS, code: "router.post('/t', (req, res) => {\n  const etag = hashOf(req.body)\n  res.setHeader('ETag', `\"${etag}\"`)\n  res.end()\n})", options: { profile: 'strict' } },
    { ...EXPRESS, code: "router.get('/t', (req, res) => {\n  res.setHeader('X-Tenant', String(req.query.tenant).replace(/[\\r\\n]/g, ''))\n  res.end()\n})" },
  ],
  invalid: [
    { ...EXPRESS, code: "router.get('/t', (req, res) => {\n  res.setHeader('X-Tenant', req.query.tenant)\n  res.end()\n})", findings: [{ line: 2 }], options: { profile: 'strict' } },
  ],
})

// S3 sets the headers a presigned GET asks for (`ResponseContentDisposition`, `ResponseContentType`) on the object it serves.
const PRESIGN = (params: string) =>
  `import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3'\nimport { getSignedUrl } from '@aws-sdk/s3-request-presigner'\nconst s3 = new S3Client({})\nrouter.get('/exports/:id', async (req, res) => {\n  const url = await getSignedUrl(s3, new GetObjectCommand({ Bucket: 'exports', Key: \`\${req.user.id}/\${Number(req.params.id)}.csv\`, ${params} }), { expiresIn: 300 })\n  res.redirect(url)\n})`

testRule(registered('js/header-injection'), {
  valid: [
    { ...EXPRESS, code: PRESIGN("ResponseContentDisposition: 'attachment; filename=\"export.csv\"'") },
    { ...EXPRESS, code: PRESIGN('ResponseContentDisposition: `attachment; filename*=UTF-8\'\'${encodeURIComponent(req.query.name)}`') },
    // Fetched by the server itself: the headers come back to it, not to a browser.
    { ...EXPRESS, code: "import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3'\nconst s3 = new S3Client({})\nrouter.get('/e', async (req, res) => {\n  const out = await s3.send(new GetObjectCommand({ Bucket: 'b', Key: 'k', ResponseContentType: req.query.type }))\n  res.json({ size: out.ContentLength })\n})" },
  ],
  invalid: [
    { ...EXPRESS, code: PRESIGN('ResponseContentDisposition: `attachment; filename="${req.query.name}"`'), findings: [{ line: 5 }] },
    { ...EXPRESS, code: PRESIGN('ResponseContentType: req.query.type'), findings: [{ line: 5 }] },
    { ...EXPRESS, code: "const AWS = require('aws-sdk')\nconst s3 = new AWS.S3()\nrouter.get('/e', (req, res) => {\n  res.redirect(s3.getSignedUrl('getObject', { Bucket: 'b', Key: 'k', ResponseContentType: req.query.type }))\n})", findings: [{ line: 4 }] },
  ],
})

// Node's own http/https client calls back with the response another server sent: its headers are that server's, not the
// client's, however route-like `https.get(options, (upstream) => …)` reads. A route's own request still counts.
testRule(registered('js/header-injection'), {
  valid: [
    { path: 'src/routes/avatar.js', code: "const https = require('https')\nrouter.get('/avatar/:hash', (req, res) => {\n  https.get({ hostname: 'secure.gravatar.com', path: `/avatar/${encodeURIComponent(req.params.hash)}` }, (upstream) => {\n    res.set('Content-Type', upstream.headers['content-type'] || 'image/png')\n    upstream.pipe(res)\n  })\n})" },
    { path: 'src/routes/avatar.js', code: "const http = require('node:http')\nrouter.get('/logo', (req, res) => {\n  http.request('http://assets.internal/logo.png', (r) => {\n    res.setHeader('Content-Type', r.headers['content-type'])\n    r.pipe(res)\n  }).end()\n})" },
  ],
  invalid: [
    { path: 'src/routes/avatar.js', code: "router.get('/echo', (req, res) => {\n  res.set('Content-Type', req.headers['x-type'])\n  res.send('ok')\n})", findings: [{ line: 2 }] },
  ],
})
