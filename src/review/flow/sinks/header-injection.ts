/**
 * Request data written into a response header (CWE-113). Current servers (Werkzeug, Django, Node) refuse a line
 * break in a header value, so the finding a reviewer acts on is the client choosing a header whose value matters:
 * `Content-Type` (a page sniffed or served as HTML: XSS), `Content-Disposition`'s file name, cache, CSP and framing
 * policies, or the header's name itself. Reported in every profile for those; any other header's value, with its line
 * breaks left in, only in the strict profile. Quiet: constants, numbers, values checked against an allow-list, file
 * names quoted or stripped to words (`quote`, `encodeURIComponent`, `secure_filename`, `content-disposition`), an
 * echoed request or trace id, cookies (their own rules), `Location` (open redirect) and `Access-Control-*` (CORS).
 */
import type { SNode } from '../../syntax/tree'
import type { FlowEvent, StoreEvent } from '../events'
import { isInert, SAFE, type Value } from '../value'
import { callText, describeFlow, fileMatches, finding, type MatchContext, type MatchResult, scoped } from './common'
import { FETCHED_FROM } from './parsers'

/** Headers whose value changes how the browser or a cache treats the response. */
const MATTERS = /^(content-type|content-disposition|cache-control|cdn-cache-control|surrogate-control|content-security-policy(-report-only)?|x-frame-options|x-content-type-options|strict-transport-security|refresh|link|content-encoding|x-xss-protection|permissions-policy|referrer-policy|cross-origin-(opener|embedder|resource)-policy|clear-site-data)$/i
/** Other rules' headers: redirects, cookies, CORS. */
const OTHER_RULES = /^(location|set-cookie|access-control-[\w-]+)$/i
/** Ids a client sends for the server to echo back (request, correlation and trace ids). */
const ECHOED_ID = /^(x-)?(request|correlation|trace|span|amzn-trace|b3)[-_]?id$|^traceparent$|^tracestate$/i
const FILE_NAME = /^content-disposition$/i
/** Spelled as an HTTP header: capitalised words joined by hyphens (`Content-Type`, `X-Frame-Options`). */
const HEADER_NAME = /^[A-Z][a-zA-Z]*(-[A-Z][a-zA-Z]*)+$/
/** A digest spelled in hex or Base64 (`createHash('sha1').update(body).digest('hex')`): no line break in it. */
const DIGEST = /\.(digest\(\s*['"](hex|base64|base64url)['"]\s*\)|hexdigest\(\s*\))/
/** Headers whose values are computed (validators, sizes, dates, counts, timings): a hash or number of the client's data, not its text. */
const COMPUTED = /^(etag|last-modified|content-length|content-range|accept-ranges|age|date|expires|retry-after|x-total-count|x-ratelimit-[\w-]+|ratelimit-[\w-]+|server-timing|x-response-time)$/i

type Part = { value: Value | undefined; node: SNode | undefined }
interface Write {
  /** The header's name when the code fixes it; `undefined` with `name` set when the client chooses it. */
  header: string | undefined
  name?: Part
  value?: Part
}

/** Not the client's text: constant, a number, a value checked against an allow-list, or not from a request. */
function fixed(v: Value | undefined): boolean {
  if (!v?.taint || v.taint.dom || isInert(v)) return true
  // A service method's parameter is only assumed to be the client's.
  if (v.taint.source.startsWith("the caller's")) return true
  // A page fetched from the client's URL (`upstream.headers.get("content-type")`): the fetch is the flaw, reported as SSRF there.
  if (v.taint.source.startsWith(FETCHED_FROM)) return true
  return ((v.safe ?? 0) & SAFE.all) === SAFE.all
}

/**
 * A file name quoted, URL-encoded or with its line breaks taken out (no `"`, `;` or line break left to add a parameter or
 * header), or reduced to a base name (`path.basename(full)`, `secure_filename`): the name of a file the server has.
 */
function quotedName(v: Value): boolean {
  return (((v.safe ?? 0) | (v.built?.safe ?? 0)) & (SAFE.log | SAFE.url | SAFE.html | SAFE.path)) !== 0
}

/** A type looked up from a file name's extension in the library's table (`mimetypes.guess_type(name)[0]`, `mime.lookup(name)`): one the server knows. */
const GUESSED_TYPE = /^(mimetypes\.)?guess_type\(|^(mime|mimeTypes|mime-types|mimetypes)\.(lookup|getType|contentType)\(/

/** Line breaks taken out (or never there): the value cannot start another header. */
function noLineBreak(v: Value): boolean {
  return (((v.safe ?? 0) | (v.built?.safe ?? 0)) & (SAFE.log | SAFE.url)) !== 0
}

/** The header writes of a `{ 'Content-Type': …, … }` mapping, or one write with a client-chosen name when the mapping itself is the client's. */
function mappingWrites(v: Value | undefined, node: SNode | undefined): Write[] {
  if (!v) return []
  if (v.fields && v.fields.size > 0) return [...v.fields].map(([header, value]) => ({ header, value: { value, node: undefined } }))
  if (!fixed(v) && !v.fields?.size) return [{ header: undefined, name: { value: v, node } }]
  return []
}

function str(v: Value | undefined): string | undefined {
  return v?.str
}

function judge(w: Write, strict: boolean, text: (n: SNode) => string): { value: Value; what: string; node: SNode | undefined } | undefined {
  if (w.header === undefined) {
    if (!strict && w.name?.value && !fixed(w.name.value)) return { value: w.name.value, what: 'the header\'s name', node: w.name.node }
    return undefined
  }
  const v = w.value?.value
  if (!v || fixed(v) || OTHER_RULES.test(w.header) || ECHOED_ID.test(w.header) || COMPUTED.test(w.header)) return undefined
  if (MATTERS.test(w.header)) {
    if (FILE_NAME.test(w.header) && quotedName(v)) return undefined
    if (/^content-type$/i.test(w.header) && w.value?.node && GUESSED_TYPE.test(text(w.value.node))) return undefined
    return strict ? undefined : { value: v, what: `\`${w.header}\``, node: w.value?.node }
  }
  if (!strict || noLineBreak(v) || (w.value?.node && DIGEST.test(text(w.value.node)))) return undefined
  return { value: v, what: `\`${w.header}\``, node: w.value?.node }
}

const PY_RESPONSE = /(^|[._])(resp|response|res|rv|r|reply)$/i
const PY_REQUEST_SIDE = /^(self\.)?(request|req|session|client|http|conn)\b|(^|\.)(session|client)\./
/** Flask/Werkzeug, Starlette/FastAPI, Django, Sanic, aiohttp, Litestar and Quart response classes. */
const PY_RESPONSE_CLASS = /^((flask|quart|werkzeug(\.wrappers)?(\.response)?|starlette\.responses|fastapi\.responses|fastapi|django\.http(\.response)?|sanic\.response|aiohttp\.web|litestar(\.response)?)\.)?(Response|HttpResponse|StreamingHttpResponse|FileResponse|StreamingResponse|PlainTextResponse|HTMLResponse|JSONResponse)$/

function pythonWrites(ev: FlowEvent, m: MatchContext): Write[] {
  if (ev.kind === 'store') return pythonStore(ev, m)
  // A Flask view's `return body, status, headers` (or `return body, headers`).
  if (ev.kind === 'return') {
    const items = ev.valueNode.type === 'expression_list' || ev.valueNode.type === 'tuple' ? ev.value.elements : undefined
    const last = items && items.length >= 2 && items.length <= 3 ? items[items.length - 1] : undefined
    return ev.fn.handler && last?.fields ? mappingWrites(last, undefined) : []
  }
  if (ev.kind !== 'call') return []
  const q = ev.qname ?? ''
  const kw = (k: string): Part => ({ value: ev.kwargs.get(k), node: ev.kwNodes.get(k) })
  const pos = (i: number): Part => ({ value: ev.args[i], node: ev.argNodes[i] })
  // `resp.headers.add(name, value)`, `response.headers.update({...})`; Tornado `self.set_header`, Falcon/Bottle `resp.set_header`.
  const receiver = ev.receiverText ?? ''
  if (ev.receiver && /^(add|set|setdefault|add_header|__setitem__)$/.test(ev.name) && /\.headers$/.test(receiver) && PY_RESPONSE.test(receiver.replace(/\.headers$/, '')) && !PY_REQUEST_SIDE.test(receiver)) return [pair(pos(0), pos(1))]
  if (ev.receiver && ev.name === 'update' && /\.headers$/.test(receiver) && PY_RESPONSE.test(receiver.replace(/\.headers$/, '')) && !PY_REQUEST_SIDE.test(receiver)) return mappingWrites(ev.args[0], ev.argNodes[0])
  if (ev.receiver && /^(set_header|add_header|append_header)$/.test(ev.name) && (receiver === 'self' || PY_RESPONSE.test(receiver))) return [pair(pos(0), pos(1))]
  // Masonite's `response.header(name, value)` sets a header (with one argument it reads one back).
  if (ev.receiver && ev.name === 'header' && ev.argNodes.length === 2 && PY_RESPONSE.test(receiver) && !PY_REQUEST_SIDE.test(receiver)) return [pair(pos(0), pos(1))]
  // `make_response(body, status, headers)`.
  if (/^((flask|quart)\.)?make_response$/.test(q) && !ev.receiver) return ev.args.slice(1).flatMap((a, i) => (ev.argNodes[i + 1]?.type === 'dictionary' || a?.fields ? mappingWrites(a, ev.argNodes[i + 1]) : []))
  // `send_file(f, mimetype=…)`, `send_from_directory(dir, name, mimetype=…)`: the download name is encoded by Werkzeug.
  if (/^((flask|quart)\.)?(send_file|send_from_directory)$/.test(q) && !ev.receiver) return [{ header: 'Content-Type', value: kw('mimetype') }]
  if (PY_RESPONSE_CLASS.test(q) && !ev.receiver) {
    const out: Write[] = [...mappingWrites(ev.kwargs.get('headers'), ev.kwNodes.get('headers'))]
    for (const k of ['content_type', 'mimetype', 'media_type']) if (ev.kwargs.has(k)) out.push({ header: 'Content-Type', value: kw(k) })
    // Flask's `Response(body, status, headers, mimetype, content_type)`, Starlette's `Response(content, status_code, headers, media_type)`,
    // Django's `HttpResponse(content, content_type)`.
    if (/^django\./.test(q) || (/HttpResponse$/.test(q) && !q.includes('.'))) {
      if (ev.argNodes[1] && ev.argNodes[1].type !== 'keyword_argument') out.push({ header: 'Content-Type', value: pos(1) })
    } else if (ev.argNodes[2] && ev.argNodes[2].type !== 'keyword_argument') {
      out.push(...mappingWrites(ev.args[2], ev.argNodes[2]))
      if (ev.argNodes[3] && ev.argNodes[3].type !== 'keyword_argument') out.push({ header: 'Content-Type', value: pos(3) })
    }
    return out
  }
  return []
}

function pythonStore(ev: StoreEvent, m: MatchContext): Write[] {
  const obj = ev.objectText
  // `resp.headers["Content-Type"] = …`, Django's `response["Content-Disposition"] = …`.
  const headers = /\.headers$/.test(obj) && PY_RESPONSE.test(obj.replace(/\.headers$/, '')) && !PY_REQUEST_SIDE.test(obj)
  // Django's `response["Content-Disposition"] = …`; in a hunk without the imports, a key spelled as a header name (`X-Frame-Options`) says so.
  const django = ev.node.type === 'subscript' && PY_RESPONSE.test(obj) && !/\./.test(obj) && !PY_REQUEST_SIDE.test(obj) && (fileMatches(ev.node, m, /\bdjango\b/) || HEADER_NAME.test(ev.key))
  if (ev.node.type === 'subscript' && (headers || django)) {
    if (ev.keyValue) return [{ header: undefined, name: { value: ev.keyValue, node: undefined } }]
    return [{ header: ev.key, value: { value: ev.value, node: ev.valueNode } }]
  }
  // Flask's `resp.mimetype = …`/`resp.content_type = …`.
  if (ev.node.type === 'attribute' && /^(mimetype|content_type)$/.test(ev.key) && PY_RESPONSE.test(obj) && !PY_REQUEST_SIDE.test(obj)) return [{ header: 'Content-Type', value: { value: ev.value, node: ev.valueNode } }]
  return []
}

function pair(name: Part, value: Part): Write {
  const header = str(name.value)
  return header !== undefined ? { header, value } : { header: undefined, name }
}

/** Express, Koa, Fastify, Hapi and Hono responses, by the names handlers give them. */
const JS_RESPONSE = /^(res|response|reply|resp|ctx|context|c|ctx\.response|ctx\.res|this\.res|event\.node\.res)$/
const JS_HEADER_CALL = /^(setHeader|set|header|append|appendHeader|writeHead|type|contentType|headers)$/
const H3_HEADER = /^(h3\.)?(setHeader|setResponseHeader|appendHeader|appendResponseHeader|setHeaders|setResponseHeaders)$/
const JS_RESPONSE_CLASS = /^((next\/server\.)?NextResponse(\.(json|next|rewrite))?|Response(\.json)?)$/

const S3_GET_COMMAND = /^@aws-sdk\/client-s3\.(GetObjectCommand|HeadObjectCommand)$/
/** A presigned URL is made in the file: AWS SDK v3's presigner, or v2's `getSignedUrl`. */
const PRESIGNED = /@aws-sdk\/s3-request-presigner|\bgetSignedUrl(Promise)?\s*\(/
/** The response headers S3 sets from a GET's `Response*` parameters. */
const S3_RESPONSE_HEADER: Record<string, string> = {
  ResponseContentDisposition: 'Content-Disposition',
  ResponseContentType: 'Content-Type',
  ResponseCacheControl: 'Cache-Control',
  ResponseContentEncoding: 'Content-Encoding',
}

function jsWrites(ev: FlowEvent, m: MatchContext): Write[] {
  if (ev.kind === 'store') {
    // Koa's `ctx.type = …`.
    if (ev.key === 'type' && /^(ctx|context|ctx\.response)$/.test(ev.objectText) && ev.fn.handler) return [{ header: 'Content-Type', value: { value: ev.value, node: ev.valueNode } }]
    // Elysia's `set.headers['content-disposition'] = …` in a handler: the response's headers.
    if (ev.objectText === 'set.headers' && ev.fn.handler) return [ev.keyValue ? pair({ value: ev.keyValue, node: undefined }, { value: ev.value, node: ev.valueNode }) : { header: ev.key, value: { value: ev.value, node: ev.valueNode } }]
    return []
  }
  // A serverless function's result (`return { status: 200, body, headers: { 'content-type': type } }`: Azure Functions v4's
  // `HttpResponseInit`, AWS Lambda behind API Gateway, Netlify): the platform sends its `headers` as the response's.
  if (ev.kind === 'return') {
    const fields = ev.fn.handler && ev.valueNode.type === 'object' ? ev.value.fields : undefined
    const headers = fields && [...fields.keys()].some((k) => /^(statusCode|status|body|jsonBody)$/.test(k)) ? fields.get('headers') : undefined
    return headers?.fields ? mappingWrites(headers, undefined) : []
  }
  if (ev.kind !== 'call') return []
  const receiver = ev.receiverText ?? ''
  const pos = (i: number): Part => ({ value: ev.args[i], node: ev.argNodes[i] })
  if (ev.receiver && JS_RESPONSE.test(receiver) && JS_HEADER_CALL.test(ev.name)) {
    // Hono's `c.set(key, value)` stores a context variable, not a header (Hono sets headers with `c.header`); so may a `context` elsewhere.
    if (ev.name === 'set' && (/^(c|context)$/.test(receiver) || (receiver === 'ctx' && fileMatches(ev.node, m, /from\s+['"]hono['"/]|require\(['"]hono['"]\)/)))) return []
    if (/^(type|contentType)$/.test(ev.name)) return [{ header: 'Content-Type', value: pos(0) }]
    if (ev.name === 'writeHead') {
      const i = ev.argNodes.findIndex((n) => n.type === 'object' || n.type === 'identifier')
      return i > 0 ? mappingWrites(ev.args[i], ev.argNodes[i]) : []
    }
    // `res.set({ ... })`, `reply.headers({ ... })`: a mapping of names to values.
    if (ev.argNodes.length === 1 || ev.name === 'headers') return mappingWrites(ev.args[0], ev.argNodes[0])
    return [pair(pos(0), pos(1))]
  }
  // h3/Nitro's `setResponseHeader(event, name, value)` (and `setHeader`, `appendResponseHeader`), `setResponseHeaders(event, { … })`.
  if (!ev.receiver && H3_HEADER.test(ev.qname ?? ev.name) && ev.fn.handler) return /Headers$/.test(ev.name) ? mappingWrites(ev.args[1], ev.argNodes[1]) : [pair(pos(1), pos(2))]
  // A `Headers` object the handler answers with: `headers.set(name, value)` where the function returns `new Response(…, { headers })`.
  if (ev.receiver && /^(set|append)$/.test(ev.name) && /(^|\.)headers$/i.test(receiver) && !/^(req|request|config|options|opts|init|axios|ctx\.request|c\.req)\b/.test(receiver)) {
    const base = receiver.replace(/\.?headers$/i, '')
    const answered = base === '' ? !!ev.fn.node && /\b(new\s+Response|NextResponse\.\w+|Response\.json)\s*\([^;]*\bheaders\b/.test(m.text(ev.fn.node)) : /^(res|response|resp|\w+Response)$/.test(base)
    return answered ? [pair(pos(0), pos(1))] : []
  }
  // S3's response overrides (`new GetObjectCommand({ Key, ResponseContentDisposition })`, v2's `s3.getSignedUrl('getObject',
  // { ResponseContentType })`) in a file that presigns: whoever follows the signed URL gets the object with those headers.
  const s3Params = ev.isNew && S3_GET_COMMAND.test(ev.qname ?? '') ? ev.args[0] : ev.receiver && /^getSignedUrl(Promise)?$/.test(ev.name) && ev.args[0]?.str === 'getObject' ? ev.args[1] : undefined
  if (s3Params?.fields && fileMatches(ev.node, m, PRESIGNED)) {
    return [...s3Params.fields].flatMap(([key, value]) => (S3_RESPONSE_HEADER[key] ? [{ header: S3_RESPONSE_HEADER[key], value: { value, node: undefined } }] : []))
  }
  if (JS_RESPONSE_CLASS.test(ev.qname ?? '') && (ev.isNew || /\.(json|next|rewrite)$/.test(ev.qname ?? ''))) {
    const init = ev.args[1]?.fields?.get('headers')
    return init?.fields ? mappingWrites(init, undefined) : []
  }
  return []
}

/** The header writes of one event: the default rule and its strict `-value` twin both read them, so they are worked out once. */
const writesOf = new WeakMap<FlowEvent, Write[]>()
function headerWrites(ev: FlowEvent, m: MatchContext, python: boolean): Write[] {
  let writes = writesOf.get(ev)
  if (!writes) writesOf.set(ev, (writes = python ? pythonWrites(ev, m) : jsWrites(ev, m)))
  return writes
}

function headerMatcher(python: boolean, strict: boolean) {
  const ruleId = `${python ? 'python' : 'js'}/header-injection${strict ? '-value' : ''}`
  const needles = python ? ['headers', 'Response', 'make_response', 'send_file', 'header', 'mimetype', 'content_type', 'django', 'Content', 'content', 'Cache', 'cache', 'Link', 'Refresh', 'Policy', 'Options', 'Transport', 'Encoding'] : ['setHeader', 'set', 'header', 'Header', 'writeHead', 'type', 'Response', 'headers', 'append', 'Headers']
  return scoped({ kinds: ['call', 'store', 'return'], needles }, (ev, m): MatchResult => {
    if (m.isTest) return undefined
    for (const w of headerWrites(ev, m, python)) {
      const hit = judge(w, strict, (n) => m.text(n))
      if (!hit) continue
      const where = ev.kind === 'call' ? `\`${callText(ev.node, m)}\`` : ev.kind === 'return' ? `\`return ${callText(ev.valueNode, m)}\`` : `\`${m.text((ev as StoreEvent).node).slice(0, 60)} = …\``
      const flow = describeFlow(hit.value, hit.node ? m.text(hit.node) : '', m.row(ev.stmt))
      const name = w.header === undefined
      const message = name
        ? `${where} lets ${flow} name the response header it sets: the client can add any header (\`Set-Cookie\`, \`Content-Type\`, \`Refresh\`) to the response`
        : MATTERS.test(w.header ?? '')
          ? `${where} sets ${hit.what} from ${flow}: the client decides how the browser treats the response${FILE_NAME.test(w.header ?? '') ? ' (a quote or `;` in the file name adds parameters)' : ' (a `text/html` type turns the body into a page: XSS)'}`
          : `${where} writes ${flow} into ${hit.what} with its line breaks: on a server that does not refuse them, a line break starts a header (or body) of the client's`
      const fix = name
        ? 'Set only headers named in the code; map the client\'s choice through an allow-list of header names.'
        : FILE_NAME.test(w.header ?? '')
          ? python
            ? 'Encode the file name: `f"attachment; filename*=UTF-8\'\'{quote(name)}"`, or pass it through `secure_filename` (Flask: `send_file(..., download_name=name)`).'
            : 'Encode the file name: `contentDisposition(name)` (the `content-disposition` package), `res.attachment(name)`, or `filename*=UTF-8\'\'${encodeURIComponent(name)}`.'
          : 'Choose the value in the code: map the client\'s choice through an allow-list (`TYPES.get(fmt)`), or refuse values that are not in it.'
      return finding(ruleId, ev, m, message, fix, [hit.value], strict ? 'minor' : 'major')
    }
    return undefined
  })
}

export const pythonHeaderInjection = headerMatcher(true, false)
export const pythonHeaderInjectionValue = headerMatcher(true, true)
export const javascriptHeaderInjection = headerMatcher(false, false)
export const javascriptHeaderInjectionValue = headerMatcher(false, true)
