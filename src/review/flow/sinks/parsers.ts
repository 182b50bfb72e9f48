/**
 * Parsers and template engines told to do dangerous things: XML parsers that expand external
 * entities (XXE), template engines compiling request data (server-side template injection), and
 * deserializers that rebuild functions or arbitrary objects (`node-serialize` stays with the
 * line rule `injection/unsafe-deserialization`, which also covers Java and PHP). Each entry names the call and the
 * option or argument that makes it dangerous, so look-alikes with safe options stay quiet.
 */
import type { SNode } from '../../syntax/tree'
import type { CallEvent } from '../events'
import { isInert, isTainted, type Value } from '../value'
import { rootOf } from '../text'
import { assignments } from './written'
import { callText, cleared, describeFlow, finding, isBuiltUnsafe, type MatchContext, scoped } from './common'

function argText(ev: CallEvent, m: MatchContext, i: number): string {
  const n = ev.argNodes[i]
  return n ? m.text(n) : ''
}

function optionIs(ev: CallEvent, m: MatchContext, key: string, literal: RegExp): boolean {
  const node = ev.kwNodes.get(key)
  return !!node && literal.test(m.text(node))
}

const XXE_FIX_PY = 'Parse untrusted XML with `defusedxml` (`defusedxml.ElementTree.fromstring`, `defusedxml.minidom.parseString`, `defusedxml.sax.parseString`), or give lxml a parser with `resolve_entities=False, no_network=True`.'
const XXE_FIX_JS = 'Drop `noent` (libxml2 then leaves entities unexpanded) and `dtdload`; parse untrusted XML with entity expansion off.'

/** lxml's parser classes. */
const LXML_PARSER_CLASS = /^(lxml\.etree|lxml\.objectify|etree|objectify)\.(XMLParser|ETCompatXMLParser)$|^(XMLParser|ETCompatXMLParser)$/
/** The value an lxml parser told to expand entities stands for. */
export const ENTITY_PARSER = 'lxml.etree.XMLParser(resolve_entities=True)'
/** Calls that parse with a parser given as an argument (`etree.fromstring(data, parser)`, `parser=`). */
const LXML_PARSE = /^(lxml\.etree|lxml\.objectify|lxml\.html|etree|objectify)\.(fromstring|fromstringlist|XML|XMLID|parse|iterparse)$/

/**
 * What an lxml parser construction yields, for the evaluator: its parsers (internal entities only
 * by default since lxml 5) stand out only when `resolve_entities=True` is asked for.
 */
export function xmlParserObject(qname: string, resolveEntities: SNode | undefined, text: (n: SNode) => string): string | undefined {
  return LXML_PARSER_CLASS.test(qname) && resolveEntities && /^True$/.test(text(resolveEntities)) ? ENTITY_PARSER : undefined
}

/**
 * What an HTTP call made here returns (`requests.get(url)`, `urlopen(url)`, a client session's `get`): a response whose
 * body another server wrote. Its body (`resp.content`, `resp.text`, `resp.read()`) is `FETCHED_RESPONSE.content`/`.text`.
 */
export const FETCHED_RESPONSE = 'http.response'

/** How the page fetched from a client's URL names its source; the header rules leave it to the SSRF finding at the fetch. */
export const FETCHED_FROM = 'the response from '

/** lxml calls whose first argument is the document's text itself. */
const LXML_FROM_TEXT = /^(lxml\.etree|lxml\.objectify|etree|objectify)\.(fromstring|fromstringlist|XML|XMLID)$/
/**
 * The standard library's parsers (expat underneath): they fetch no external entity, but expand internal ones, so a
 * billion-laughs document (entities nested ten deep) exhausts memory unless the interpreter links expat 2.4.1 or newer.
 * `xmltodict.parse` leaves entities alone unless told `disable_entities=False`.
 */
const STDLIB_FROM_TEXT = /^(xml\.etree\.c?ElementTree\.(fromstring|fromstringlist|XML|XMLID)|xml\.dom\.(minidom|pulldom)\.parseString|xml\.sax\.parseString|xmltodict\.parse)$/
/** Standard-library parsers handed a file (or a path) to read the document from. */
const STDLIB_PARSE = /^(xml\.etree\.c?ElementTree\.(parse|iterparse)|xml\.dom\.(minidom|pulldom)\.parse|xml\.sax\.parse)$/
/** An uploaded file or the request's body stream, handed to `etree.parse` as the document. */
const UPLOAD_TEXT = /\bFILES\b|\.files\b|\.stream\b|\bbounded_stream\b|\.file\b/

/**
 * The document a parse call reads, when it comes from outside: request text for a parser given text; for one given a
 * file, an upload or the request's stream (a client's *path* is path traversal, not a document). A body fetched from
 * another server counts for both.
 */
function untrustedDocument(ev: CallEvent, m: MatchContext, fromText: boolean): Value | undefined {
  const doc = ev.args[0] ?? ev.kwargs.get('source') ?? ev.kwargs.get('xml_input') ?? ev.kwargs.get('string')
  if (!doc) return undefined
  const q = doc.qname ?? ''
  if (!doc.taint && (q === `${FETCHED_RESPONSE}.content` || q === `${FETCHED_RESPONSE}.text` || q === `${FETCHED_RESPONSE}.raw` || (!fromText && q === FETCHED_RESPONSE))) return doc
  if (!isTainted(doc) || doc.taint!.dom) return undefined
  if (fromText) return doc
  return !doc.built && (UPLOAD_TEXT.test(argText(ev, m, 0)) || UPLOAD_TEXT.test(doc.taint!.source)) && !/\.(name|filename|path)$/.test(argText(ev, m, 0)) ? doc : undefined
}

/** Where a document came from, for messages: the request (with its source line) or another server's response. */
function documentOrigin(doc: Value, ev: CallEvent, m: MatchContext): string {
  return doc.taint ? describeFlow(doc, argText(ev, m, 0), m.row(ev.stmt)) : `a response fetched from another server (\`${argText(ev, m, 0)}\`)`
}

export const pythonXxe = scoped({ kinds: ['call'], needles: ['resolve_entities', 'load_dtd', 'no_network', 'feature_external', 'etree', 'objectify', 'minidom', 'pulldom', 'sax', 'xmltodict'] }, (ev, m) => {
  if (ev.kind !== 'call' || m.isTest) return undefined
  const q = ev.qname ?? ''
  if (LXML_PARSER_CLASS.test(q) && /lxml|^XMLParser$|^ETCompatXMLParser$|etree|objectify/.test(q) && optionIs(ev, m, 'resolve_entities', /^True$/)) {
    return finding('python/xxe', ev, m, `\`${callText(ev.node, m)}\` expands external entities: an uploaded document can read local files (\`<!ENTITY x SYSTEM "file:///etc/passwd">\`) or reach internal hosts`, XXE_FIX_PY, [], 'critical')
  }
  // `XMLParser(load_dtd=True)` or `no_network=False`, with entities left to resolve: the parser fetches the document's
  // DTD (over the network too when allowed) and expands the entities it declares (every one before lxml 5).
  const fetchesDtd = optionIs(ev, m, 'load_dtd', /^True$/) || optionIs(ev, m, 'no_network', /^False$/)
  if (LXML_PARSER_CLASS.test(q) && /lxml|^XMLParser$|^ETCompatXMLParser$|etree|objectify/.test(q) && fetchesDtd && !optionIs(ev, m, 'resolve_entities', /^False$/)) {
    return finding('python/xxe', ev, m, `\`${callText(ev.node, m)}\` loads the document's DTD${optionIs(ev, m, 'no_network', /^False$/) ? ' from the network' : ''} and leaves entity resolution on: an uploaded document can pull in local files or internal URLs through the entities it declares`, XXE_FIX_PY, [], 'critical')
  }
  // A parser configured outside the change (a module's shared `PARSER`) is reported where the change starts parsing with it.
  const parser = LXML_PARSE.test(q) ? (ev.kwargs.get('parser') ?? ev.args[1]) : ev.receiver && /^(parse|feed)$/.test(ev.name) ? ev.receiver : undefined
  if (parser?.qname === ENTITY_PARSER && !parser.added) {
    return finding('python/xxe', ev, m, `\`${callText(ev.node, m)}\` parses with a parser that expands external entities: an uploaded document can read local files or reach internal hosts`, XXE_FIX_PY, [ev.args[0]], 'critical')
  }
  // A client's document parsed with lxml's default parser: before lxml 5 it resolves external entities (`file://` reads),
  // and every version expands internal ones.
  const lxml = LXML_FROM_TEXT.test(q) || LXML_PARSE.test(q) ? untrustedDocument(ev, m, LXML_FROM_TEXT.test(q)) : undefined
  if (lxml && !parser) {
    return finding('python/xxe', ev, m, `\`${callText(ev.node, m)}\` parses ${documentOrigin(lxml, ev, m)} with lxml's default parser, which resolves external entities before lxml 5 (\`<!ENTITY x SYSTEM "file:///etc/passwd">\` reads local files) and expands entities in every version`, XXE_FIX_PY, [lxml], 'major')
  }
  // The standard library's parsers on a document from outside: entity expansion (CWE-776). xmltodict only when told to expand.
  const stdlib = STDLIB_FROM_TEXT.test(q) || STDLIB_PARSE.test(q) ? untrustedDocument(ev, m, STDLIB_FROM_TEXT.test(q)) : undefined
  if (stdlib && !ev.kwNodes.has('parser') && (q !== 'xmltodict.parse' || optionIs(ev, m, 'disable_entities', /^False$/))) {
    return finding('python/xxe', ev, m, `\`${callText(ev.node, m)}\` parses ${documentOrigin(stdlib, ev, m)} with ${q === 'xmltodict.parse' ? 'entity expansion turned on' : 'the standard library\'s expat parser'}, which expands the document's own entities: a billion-laughs document (entities nested ten deep) takes gigabytes of memory unless the interpreter links expat 2.4.1 or newer`, XXE_FIX_PY, [stdlib], 'major')
  }
  if (ev.receiver && ev.name === 'setFeature' && /(^|\.)feature_external_(ges|pes)$/.test(argText(ev, m, 0)) && /^(True|1)$/.test(argText(ev, m, 1))) {
    return finding('python/xxe', ev, m, `\`${callText(ev.node, m)}\` turns on external entities for the SAX parser: documents can pull in local files or internal URLs`, XXE_FIX_PY, [], 'critical')
  }
  return undefined
})

export const javascriptXxe = scoped({ kinds: ['call'], needles: ['libxmljs'] }, (ev, m) => {
  if (ev.kind !== 'call' || m.isTest) return undefined
  if (!/^libxmljs2?\.(parseXml|parseXmlString|parseXmlAsync)$|^libxmljs2?\.Document\.fromXml$/.test(ev.qname ?? '')) return undefined
  if (!optionIs(ev, m, 'noent', /^true$/)) return undefined
  return finding('js/xxe', ev, m, `\`${callText(ev.node, m)}\` parses with \`noent: true\`, which substitutes external entities: a document can read server files or reach internal hosts`, XXE_FIX_JS, [ev.args[0]], 'critical')
})

/** The template source reaching a compiler: request data, or text formatted from non-constant parts. */
function templateSource(v: Value | undefined): boolean {
  return !!v && !isInert(v) && (isTainted(v, 'code') || isBuiltUnsafe(v, 'code'))
}

/** Template classes that compile their first argument (mako's `text=`, Django's `template_string`, Chameleon's `PageTemplate(body)`, whose `${python: …}` runs, and web.py's Templetor, which compiles Python); bottle's `template()` compiles a first argument that is not a plain template name. */
const PY_TEMPLATE_CLASS = /^(jinja2\.(environment\.)?Template|mako\.template\.Template|django\.template\.(base\.)?Template|tornado\.template\.Template|Cheetah\.Template\.Template|genshi\.template\.(MarkupTemplate|NewTextTemplate|TextTemplate)|chameleon\.(zpt\.template\.)?(PageTemplate|PageTextTemplate)|web\.template\.Template|bottle\.(SimpleTemplate|template|jinja2_template|mako_template|cheetah_template))$/

const LITESTAR_TEMPLATE = /^litestar\.(response\.)?(template\.)?Template$/

/**
 * A record's template field (`issue.body_template`, `self.subject_source`): template text kept in the
 * database for users to edit, as CMS pages and mail campaigns do. Deployment configuration
 * (`settings.…`, `app.config`, ALL-CAPS names) is the operator's and is left out.
 */
const STORED_TEMPLATE_FIELD = /^(\w+_)?(template|tpl|layout)(_\w+)?$|^\w+_source$/
const CONFIG_ROOT = /^(settings|config|conf|cfg|app|current_app|os|constants|defaults|django)$/

/** The field's dotted text when the compiled source is a stored record's template field. */
function storedTemplateField(node: SNode | undefined, v: Value | undefined, m: MatchContext): string | undefined {
  if (node?.type !== 'attribute' || !v || isInert(v) || v.taint || v.built) return undefined
  const text = m.text(node)
  // A name resolved through an import (`config.TEMPLATE` from a module) is code, not a record.
  if (v.qname !== undefined && v.qname !== text) return undefined
  const parts = text.split('.')
  if (parts.length < 2 || parts.some((p) => !/^\w+$/.test(p)) || CONFIG_ROOT.test(parts[0]!)) return undefined
  const attr = parts[parts.length - 1]!
  return attr === attr.toLowerCase() && STORED_TEMPLATE_FIELD.test(attr) ? text : undefined
}

/**
 * A request built before it is sent: `requests.Request("GET", url).prepare()`, httpx's `client.build_request("GET", url)`.
 * The value is the URL's, marked so that `session.send(prepared)` / `client.send(request)` fetches it.
 */
export const PREPARED_REQUEST = 'http request(prepared)'

/** A jinja2 loader holding request text as template source, and an environment that loads from one. */
export const JINJA_REQUEST_LOADER = 'jinja2.DictLoader(request)'
export const JINJA_REQUEST_ENV = 'jinja2.Environment(request templates)'

/** Mako's `TemplateLookup`, whose `put_string(uri, text)` compiles `text` as the template served for `uri`. */
const MAKO_LOOKUP = /^mako\.lookup\.TemplateLookup(\(\))?$/

export const pythonTemplateInjection = scoped({ kinds: ['call'], needles: ['emplate', 'from_string', 'compile_expression', 'put_string'] }, (ev, m) => {
  if (ev.kind !== 'call' || m.isTest) return undefined
  if (ev.name === 'put_string' && ev.receiver && (MAKO_LOOKUP.test(ev.receiver.qname ?? '') || /TemplateLookup\(/.test(ev.receiverText ?? ''))) {
    const source = ev.args[1] ?? ev.kwargs.get('text')
    if (!templateSource(source)) return undefined
    return finding('python/template-injection', ev, m, `\`${callText(ev.node, m)}\` compiles a Mako template from ${describeFlow(source!, argText(ev, m, 1), m.row(ev.stmt))}: \`\${ }\` and \`<% %>\` in it run Python on the server`, 'Keep Mako templates in the lookup\'s directories and pass request values as render arguments; for templates users write, use a logic-less format (`string.Template`) or `jinja2.sandbox.SandboxedEnvironment`.', [source], 'critical')
  }
  // `env.get_template("body.html")` on an environment whose loader holds the request's text (`DictLoader({...: draft["body"]})`).
  if (ev.name === 'get_template' && ev.receiver?.qname === JINJA_REQUEST_ENV && ev.receiver.taint) {
    return finding('python/template-injection', ev, m, `\`${callText(ev.node, m)}\` compiles a template whose source the loader took from request data (\`${ev.receiver.taint.source}\`, line ${ev.receiver.taint.line}): \`{{ }}\` in it runs on the server`, 'Compile user-written templates in `jinja2.sandbox.SandboxedEnvironment` (its `from_string`), and keep loaders for the application\'s own template files.', [ev.receiver], 'critical')
  }
  const bareJinja = ev.qname === 'jinja2.Template' && !ev.receiver
  // A bare `Template(x)` imported from jinja2 is judged with the HTML sinks (python.ts); the module-qualified and other engines' classes here.
  // Litestar's `Template(template_str=…)` response renders the string with the app's engine (Jinja, Mako); `template_name=` names a file.
  const litestarString = LITESTAR_TEMPLATE.test(ev.qname ?? '') && ev.kwargs.has('template_str')
  const ctor = (PY_TEMPLATE_CLASS.test(ev.qname ?? '') && !bareJinja) || litestarString
  const stringTemplate = /^(flask\.)?render_template_string$/.test(ev.qname ?? '') && !ev.receiver
  // `env.compile_expression(text)` compiles one Jinja expression, with the same reach into Python objects as `{{ text }}` in a template.
  if (!ctor && !bareJinja && !stringTemplate && ((ev.name !== 'from_string' && ev.name !== 'compile_expression') || !ev.receiver)) return undefined
  // Jinja's sandbox is made for templates users write: it refuses unsafe attribute access and calls (which vetoes the line rule's guess).
  if (/^jinja2\.sandbox\.\w+\(\)$/.test(ev.receiver?.qname ?? '') || /SandboxedEnvironment\(/.test(ev.receiverText ?? '')) return cleared('python/code-eval', ev, m)
  // `Environment().from_string` and `env.from_string`, where env came from jinja2 or is named so (Django's `Engine` and `engines["django"]` too).
  const jinja = ctor || /jinja2|Environment|django\.template\.Engine/.test(ev.receiver?.qname ?? '') || /jinja2|Environment\(|Engine\.|^engines\[/.test(ev.receiverText ?? '') || /(^|\.|_)(env|environment|jinja|jinja_env|templates?|engine|template_engine)$/i.test(ev.receiverText ?? '')
  const v = litestarString ? ev.kwargs.get('template_str') : (ev.args[0] ?? ev.kwargs.get('source') ?? ev.kwargs.get('text') ?? ev.kwargs.get('template_string') ?? ev.kwargs.get('source_code'))
  const stored = (jinja || bareJinja || stringTemplate) && ev.args[0] ? storedTemplateField(ev.argNodes[0], v, m) : undefined
  if (stored) {
    return finding('python/template-injection', ev, m, `\`${callText(ev.node, m)}\` compiles the stored template \`${stored}\` outside a sandbox: whoever can edit that record writes \`{{ }}\` code that runs on the server`, 'Render user-editable templates with `jinja2.sandbox.SandboxedEnvironment` (or a logic-less format such as `string.Template`), and keep the application\'s own templates in files.', [v], 'major')
  }
  if (!jinja || bareJinja || stringTemplate || !templateSource(v)) return undefined
  return finding('python/template-injection', ev, m, `\`${callText(ev.node, m)}\` compiles a template from ${describeFlow(v!, argText(ev, m, 0), m.row(ev.stmt))}: \`{{ }}\` in it runs on the server`, 'Keep template source constant (load it from the templates folder) and pass request values as variables; if users must write templates, use `jinja2.sandbox.SandboxedEnvironment`.', [v], 'critical')
})

const JS_TEMPLATE = /^(ejs\.(render|compile)|pug\.(compile|render)|jade\.(compile|render)|(handlebars|Handlebars)\.(compile|precompile)|nunjucks\.(renderString|compile|Template)|(pug|jade)\.(compileClient|compileClientWithDependenciesTracked)|lodash\.template|lodash\/template|lodash-es\.template|lodash\.template\.default|underscore\.template|dot\.template|doT\.template|eta\.(render|compile)|swig\.(render|compile)|hogan(\.js)?\.compile|jsrender\.templates|art-template\.(render|compile))$/

/**
 * Template engines whose source is code: Eta and Squirrelly compile to JavaScript, Twig.js and Mustache templates are
 * what the rule has always reported from request text. LiquidJS is left out: a Liquid template reaches only the
 * variables it is handed, never JavaScript, which is why storefronts let merchants write them (and why the fix below
 * recommends it).
 */
const OTHER_TEMPLATE = /^(eta(\.Eta)?\.(renderString|renderStringAsync|compile)|squirrelly\.(render|compile)|mustache\.(render|parse)|twig\.twig|dustjs-(linkedin|helpers)\.(renderSource|compile))$/

/** A record's template text: a field named for one (`page.layout`, `campaign.bodyTemplate`) or any text field of a record named for one (`template.body`). */
const JS_TEMPLATE_FIELD = /^(template|tpl|layout|\w+(Template|Tpl|Layout|Source))$/
const JS_TEMPLATE_RECORD = /^(\w*[tT]emplate|tpl|\w*Tpl)$/
const JS_TEMPLATE_TEXT = /^(body|html|text|content|source|markup|subject)$/
const LOGIC_LESS = /^(handlebars|Handlebars|hbs|mustache|Mustache|hogan|liquidjs)(\.|$)/
/** Where the application's own configuration lives: the operator's, not a record users edit. */
const JS_CONFIG_ROOT = /^(this|settings|config|conf|cfg|options|opts|defaults|constants|process|env|module|exports|window|document|[A-Z][A-Z0-9_]*)$/

/**
 * The dotted text of a record's template field compiled as is (`pug.compile(page.layout)` after `Page.findOne(…)`): template
 * text kept in the database for users to edit, as CMS pages and mail campaigns do, is template code whoever edits it writes.
 */
function storedJsTemplate(ev: CallEvent, node: SNode | undefined, v: Value, m: MatchContext): string | undefined {
  if (node?.type !== 'member_expression' || isInert(v) || v.taint || v.built) return undefined
  const text = m.text(node)
  // A name resolved through an import (`templates.invoice` from a module) is code, not a record.
  if (v.qname !== undefined && v.qname !== text) return undefined
  const parts = text.replace(/\?\./g, '.').split('.')
  if (parts.length !== 2 || parts.some((p) => !/^[\w$]+$/.test(p)) || JS_CONFIG_ROOT.test(parts[0]!)) return undefined
  const [record, attr] = parts as [string, string]
  if (!JS_TEMPLATE_FIELD.test(attr) && !(JS_TEMPLATE_RECORD.test(record) && JS_TEMPLATE_TEXT.test(attr))) return undefined
  // The record is one this function read (`const page = await Page.findOne(…)`), not a parameter or options the caller passed.
  const fn = ev.fn.node ? m.text(ev.fn.node) : ''
  const name = record.replace(/\$/g, '\\$')
  const read = new RegExp(`\\b(const|let|var)\\s+${name}\\s*(:[^=]+)?=\\s*(await\\s+)?[\\w$.]+\\s*[(<]([^\\n]*)`).exec(fn)
  if (!read) return undefined
  // One of the application's own templates, shipped with it rather than written by users: the lookup asks for one
  // (`findOne({ id, builtIn: true })`), or a guard refuses the others (`if (!template.builtIn) return res.sendStatus(404)`).
  if (new RegExp(`\\b${OWN_RECORD}\\s*:\\s*true\\b`).test(read[4]!)) return undefined
  if (new RegExp(`\\bif\\s*\\([^)]*!\\s*${name}\\??\\.${OWN_RECORD}\\b[^)]*\\)\\s*\\{?\\s*(return|throw)\\b`).test(fn)) return undefined
  return text
}

/** Flags that mark a record as one the application ships, which users do not edit. */
const OWN_RECORD = '(builtIn|builtin|isBuiltIn|isBuiltin|system|isSystem|readOnly|readonly|isReadOnly|locked|isLocked)'

export const javascriptTemplateInjection = scoped({ kinds: ['call'], needles: ['render', 'Render', 'compile', 'template', 'parse', 'twig'] }, (ev, m) => {
  if (ev.kind !== 'call' || m.isTest) return undefined
  const q = ev.qname ?? ''
  // express-handlebars instances hand out their Handlebars as `.handlebars` (`hbs.handlebars.compile(src)`).
  const known = JS_TEMPLATE.test(q) || (/^(handlebars|Handlebars|nunjucks|ejs|pug)$/.test(ev.receiverText ?? '') && /^(compile|precompile|render|renderString)$/.test(ev.name)) || (/\.handlebars$/.test(ev.receiverText ?? '') && /^(compile|precompile)$/.test(ev.name)) || (/^(_|lodash)$/.test(ev.receiverText ?? '') && ev.name === 'template')
  // Eta, Squirrelly, Mustache and Twig.js, called on the module or on an instance made from it (`new Eta()`).
  const other = !known && OTHER_TEMPLATE.test(q)
  if (!known && !other) return undefined
  // `Twig.twig({ data: source })` takes the template text as an option.
  const v = /(^|\.)twig$/.test(q) ? ev.args[0]?.fields?.get('data') : ev.args[0]
  // Handlebars, Mustache and Liquid templates cannot call into JavaScript: one a user edited can only misprint its variables.
  const stored = v && !templateSource(v) && !LOGIC_LESS.test(q) && !/^(handlebars|Handlebars)$/.test(ev.receiverText ?? '') ? storedJsTemplate(ev, ev.argNodes[0], v, m) : undefined
  if (stored) {
    return finding('js/template-injection', ev, m, `\`${callText(ev.node, m)}\` compiles the stored template \`${stored}\`: whoever can edit that record writes template code that runs on the server`, 'Keep the application\'s templates in files; for templates users edit, use a logic-less format (Mustache without lambdas, Liquid) with a fixed set of variables.', [v], 'major')
  }
  if (!templateSource(v) || (v!.taint?.dom && !v!.built)) return undefined
  return finding('js/template-injection', ev, m, `\`${callText(ev.node, m)}\` compiles a template from ${describeFlow(v!, argText(ev, m, 0), m.row(ev.stmt))}: template code in it runs on the server`, 'Render a template file you ship (`res.render("preview", data)`) and pass request values as data, never as template source.', [v], 'critical')
})

const JS_DESERIALIZE: Array<[RegExp, 'always' | 'tainted']> = [
  [/^funcster\.(deepDeserialize|deserialize)$/, 'always'],
  [/^serialize-to-js\.deserialize$/, 'always'],
  [/^v8\.deserialize$/, 'tainted'],
]
const UNSAFE_YAML_SCHEMA = /(DEFAULT_FULL_SCHEMA|FULL_SCHEMA|unsafe|js-yaml-js-types)/i

/**
 * js-yaml's `schema` option builds functions or regexps: js-yaml 3's full schema, or js-yaml 4's schema extended with
 * js-yaml-js-types (`DEFAULT_SCHEMA.extend(require('js-yaml-js-types').all)`), written in the call or bound to the name it passes.
 */
function unsafeYamlSchema(ev: CallEvent, m: MatchContext): boolean {
  const node = ev.kwNodes.get('schema')
  if (!node) return false
  const text = m.text(node)
  if (UNSAFE_YAML_SCHEMA.test(text)) return true
  const file = m.text(rootOf(ev.node))
  const jsTypes = /['"]js-yaml-js-types['"]/.test(file)
  const unsafe = (t: string) => UNSAFE_YAML_SCHEMA.test(t) || (jsTypes && /\.extend\(/.test(t))
  return unsafe(text) || (/^[\w$.]+$/.test(text) && assignments(text, file).some(unsafe))
}

export const javascriptUnsafeDeserialization = scoped({ kinds: ['call'], needles: ['funcster', 'serialize', 'v8', 'js-yaml'] }, (ev, m) => {
  if (ev.kind !== 'call' || m.isTest) return undefined
  const q = ev.qname ?? ''
  const v = ev.args[0]
  // Most calls are no deserializer: the call is quoted only for a finding.
  const call = () => callText(ev.node, m)
  for (const [pattern, when] of JS_DESERIALIZE) {
    if (!pattern.test(q)) continue
    if (when === 'tainted' && !isTainted(v)) return undefined
    if (isInert(v)) return undefined
    return finding('js/unsafe-deserialization', ev, m, `\`${call()}\` rebuilds objects from ${v?.taint ? describeFlow(v, argText(ev, m, 0), m.row(ev.stmt)) : 'serialized data'}, functions included: a crafted payload runs code as it loads`, 'Exchange plain JSON (`JSON.parse`) and validate it with a schema; never deserialize code or class instances from a client or a shared store.', [v], v?.taint ? 'critical' : 'major')
  }
  if (/^js-yaml\.load(All)?$/.test(q) && unsafeYamlSchema(ev, m)) {
    return finding('js/unsafe-deserialization', ev, m, `\`${call()}\` loads YAML with a schema that builds JavaScript functions and regexps (\`!!js/function\`): a crafted document runs code`, 'Use the default schema (`yaml.load(text)` in js-yaml 4), or `JSON_SCHEMA`/`CORE_SCHEMA`.', [v], v?.taint ? 'critical' : 'major')
  }
  return undefined
})

/** Arguments a format string could walk into (`{user.__init__.__globals__}`): objects, not text or numbers. */
function walkableArgument(node: SNode | undefined, v: Value | undefined): boolean {
  if (!node) return false
  if (node.type === 'dictionary_splat' || node.type === 'list_splat') return true
  return (node.type === 'identifier' || node.type === 'attribute') && !!v && !isInert(v) && !v.taint && !v.built && v.str === undefined
}

/**
 * `fmt.format(user)` / `fmt.format(**ctx)` where the client wrote `fmt`: Python's format mini-language
 * follows attributes and indexes (`{user.__init__.__globals__[SECRET_KEY]}`), so a chosen format
 * string reads whatever the passed objects reach. Text and numbers as arguments lead nowhere.
 */
export const pythonFormatStringInjection = scoped({ kinds: ['call'], needles: ['format'] }, (ev, m) => {
  if (ev.kind !== 'call' || m.isTest || !ev.receiver || !/^(format|format_map)$/.test(ev.name)) return undefined
  if (!isTainted(ev.receiver, 'code') || ev.receiver.built) return undefined
  const nodes = [...ev.argNodes, ...ev.kwNodes.values()]
  const values = [...ev.args, ...ev.kwargs.values()]
  const i = nodes.findIndex((n, k) => walkableArgument(n, values[k]))
  if (i < 0) return undefined
  return finding('python/template-injection', ev, m, `\`${callText(ev.node, m)}\` formats with a format string from ${describeFlow(ev.receiver, ev.receiverText ?? '', m.row(ev.stmt))}: fields such as \`{obj.__init__.__globals__}\` walk from \`${m.text(nodes[i]!)}\` to module globals and secrets`, 'Let the client pick among fixed format strings, or substitute with `string.Template(fmt).safe_substitute(values)`, which reads no attributes.', [ev.receiver], 'major')
})
