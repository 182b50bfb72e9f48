// XML parsers with entity expansion, templates compiled from request data, deserializers that
// rebuild code, and arrays spliced while a loop walks them: each with its safe look-alikes.
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

testRule(registered('python/xxe'), {
  valid: [
    'from lxml import etree\nparser = etree.XMLParser(resolve_entities=False, no_network=True)',
    'from lxml import etree\nparser = etree.XMLParser(remove_blank_text=True)',
    'import xml.sax\nparser = xml.sax.make_parser()\nparser.setFeature(xml.sax.handler.feature_external_ges, False)',
    'import defusedxml.ElementTree as ET\ndoc = ET.fromstring(body)',
    // A hardened lxml parser; a path the client picks is not its document.
    { path: 'app/views.py', code: 'from lxml import etree\n@app.post("/c")\ndef c():\n    parser = etree.XMLParser(resolve_entities=False, no_network=True)\n    return etree.fromstring(request.data, parser).tag' },
    { path: 'app/views.py', code: 'from lxml import etree\n@app.get("/feed")\ndef feed():\n    tree = etree.parse(f"data/feeds/{request.args[\'id\']}.xml")\n    return tree.getroot().tag' },
    { path: 'app/config.py', code: 'from lxml import etree\ndef load():\n    with open("config.xml", "rb") as fh:\n        return etree.fromstring(fh.read())' },
    // The standard library's parsers on XML the code built or ships, on defusedxml, and xmltodict with its default (entities left alone).
    { path: 'app/views.py', code: 'import xml.etree.ElementTree as ET\nfrom xml.dom import minidom\n@app.get("/s")\ndef s():\n    root = ET.Element("r")\n    ET.SubElement(root, "n").text = request.args["n"]\n    return minidom.parseString(ET.tostring(root)).toprettyxml()' },
    { path: 'app/views.py', code: 'import xml.etree.ElementTree as ET\n@app.get("/v")\ndef v():\n    return ET.parse("config/feeds.xml").getroot().get("version")' },
    { path: 'app/views.py', code: 'from defusedxml import ElementTree as SafeET\nfrom defusedxml import minidom\n@app.post("/d")\ndef d():\n    return SafeET.fromstring(request.data).tag, minidom.parseString(request.data)' },
    { path: 'app/views.py', code: 'import xmltodict\n@app.post("/o")\ndef o():\n    return xmltodict.parse(request.data)["order"]["@id"]' },
    { path: 'app/views.py', code: 'import xml.etree.ElementTree as ET\n@app.get("/f")\ndef f():\n    return ET.parse(f"feeds/{request.args[\'id\']}.xml").getroot().tag' },
  ],
  invalid: [
    { path: 'app/views.py', code: 'import lxml.etree\n@app.post("/upload")\ndef upload():\n    xml_src = request.get_data()\n    doc = lxml.etree.fromstring(xml_src)\n    return lxml.etree.tostring(doc)', findings: [{ line: 5, message: /lxml's default parser/ }] },
    { path: 'app/views.py', code: 'from lxml import etree\n@app.post("/f")\ndef f():\n    return etree.parse(request.files["doc"]).getroot().tag', findings: [{ line: 4 }] },
    // An upload kept in a name first; a body fetched from another server.
    { path: 'app/views.py', code: 'from lxml import etree\ndef v(request):\n    upload = request.FILES["ledger"]\n    return etree.parse(upload).getroot()', findings: [{ line: 4 }] },
    { path: 'app/sync.py', code: 'import requests\nfrom lxml import etree\ndef fetch(partner):\n    resp = requests.get(partner.status_url, timeout=10)\n    return etree.fromstring(resp.content)', findings: [{ line: 5, message: /fetched from another server/ }] },
    // The standard library's parsers expand a client's internal entities (billion laughs); xmltodict when told to.
    { path: 'app/views.py', code: 'import xml.etree.ElementTree as ET\n@app.post("/a")\ndef a():\n    return ET.fromstring(request.data).tag', findings: [{ line: 4, message: /billion-laughs/ }] },
    { path: 'app/views.py', code: 'from xml.dom import minidom\nimport xml.sax\n@app.post("/b")\ndef b():\n    doc = minidom.parse(request.files["chart"])\n    xml.sax.parseString(request.get_data(), Handler())\n    return doc', findings: [{ line: 5 }, { line: 6 }] },
    { path: 'app/views.py', code: 'import xmltodict\n@app.post("/o")\ndef o():\n    return xmltodict.parse(request.data, disable_entities=False)', findings: [{ line: 4 }] },
    { path: 'app/sync.py', code: 'import xml.etree.ElementTree as ET\nimport requests\ndef track(api, number):\n    resp = requests.get(f"{api}/tracking/{number}", timeout=10)\n    return ET.fromstring(resp.text)', findings: [{ line: 5 }] },
    { code: 'from lxml import etree\nparser = etree.XMLParser(resolve_entities=True, load_dtd=True)\ntree = etree.parse(upload, parser)', findings: [{ line: 2, severity: 'critical' }] },
    { code: 'from lxml import etree as ET\np = ET.XMLParser(load_dtd=True, resolve_entities=True)', findings: [{ line: 2 }] },
    { code: 'import xml.sax\nsax = xml.sax.make_parser()\nsax.setFeature(xml.sax.handler.feature_external_ges, True)', findings: [{ line: 3 }] },
    // the entity-expanding parser was set up before the change; the added parse call is where it bites
    {
      code: '',
      diff: 'diff --git a/app/feed.py b/app/feed.py\n--- a/app/feed.py\n+++ b/app/feed.py\n@@ -1,6 +1,10 @@\n from lxml import etree\n \n PARSER = etree.XMLParser(resolve_entities=True)\n+SAFE = etree.XMLParser(resolve_entities=False)\n \n def load(path):\n     return etree.parse(path)\n+\n+def upload(data):\n+    return etree.fromstring(data, PARSER), etree.fromstring(data, SAFE), etree.fromstring(data)\n',
      findings: [{ line: 10 }],
    },
  ],
})

testRule(registered('js/xxe'), {
  valid: [
    "const libxmljs = require('libxmljs')\nconst doc = libxmljs.parseXml(body, { noent: false, nonet: true })",
    "const libxmljs = require('libxmljs')\nconst doc = libxmljs.parseXml(body)",
    "const doc = parser.parseXml(body, { noent: true })",
    // Options kept on the instance, with entity expansion off; one assigned twice in the file is not known.
    { code: "import libxmljs from 'libxmljs2'\nexport class Feed {\n  private readonly opts: object\n  constructor() {\n    this.opts = { noent: false, nonet: true }\n  }\n  read(xml: string) {\n    return libxmljs.parseXml(xml, this.opts)\n  }\n}", path: 'src/feed.ts' },
    { code: "import libxmljs from 'libxmljs2'\nexport class Feed {\n  constructor(strict) {\n    this.opts = { noent: true }\n    if (strict) this.opts = { noent: false }\n  }\n  read(xml) {\n    return libxmljs.parseXml(xml, this.opts)\n  }\n}", path: 'src/feed.js' },
  ],
  invalid: [
    { code: "import libxmljs from 'libxmljs'\napp.post('/x', (req, res) => {\n  const doc = libxmljs.parseXml(req.body.toString(), { noent: true, dtdload: true })\n})", path: 'src/xml.ts', findings: [{ line: 3 }] },
    // The constructor's options object, and a field initialiser's, reach the method that parses with `this.…`.
    { code: "import libxmljs from 'libxmljs2'\nexport class Feed {\n  private readonly opts: object\n  constructor() {\n    this.opts = { noent: true, dtdload: true }\n  }\n  read(xml: string) {\n    return libxmljs.parseXml(xml, this.opts)\n  }\n}", path: 'src/feed.ts', findings: [{ line: 8 }] },
    { code: "import libxmljs from 'libxmljs2'\nexport class Feed {\n  private readonly opts = { noent: true }\n  read(xml: string) {\n    return libxmljs.parseXmlString(xml, this.opts)\n  }\n}", path: 'src/feed.ts', findings: [{ line: 5 }] },
  ],
})

testRule(registered('python/template-injection'), {
  valid: [
    // A Chameleon template loaded from the package's files, with the request's text as a variable.
    { code: 'from chameleon import PageTemplateFile\nfrom pyramid.response import Response\n\nPREVIEW = PageTemplateFile("templates/preview.pt")\n\n@view_config(route_name="preview", request_method="POST")\ndef preview(request):\n    return Response(PREVIEW(body=request.POST.get("body", "")))', path: 'newsroom/views.py' },
    'env = jinja2.Environment()\n\n@app.post("/p")\ndef p():\n    return env.from_string("Hello {{ name }}").render(name=request.form["name"])',
    'from jinja2 import Environment\n\n@app.post("/p")\ndef p():\n    return Environment().get_template("p.html").render(body=request.form["body"])',
    '@app.post("/p")\ndef p():\n    return parser.from_string(request.form["body"])',
    // the sandbox is the engine meant for user-written templates
    'from jinja2.sandbox import SandboxedEnvironment\nenv = SandboxedEnvironment(autoescape=True)\n\n@app.post("/p")\ndef p():\n    return env.from_string(request.form["body"]).render()',
    'import jinja2.sandbox\n\n@app.post("/p")\ndef p():\n    return jinja2.sandbox.ImmutableSandboxedEnvironment().from_string(request.form["body"]).render()',
    // bottle: a literal template with request values as variables
    'from bottle import request, template\n\n@route("/h")\ndef h():\n    return template("<p>Hello {{name}}</p>", name=request.query.get("name"))',
  ],
  invalid: [
    { code: 'import jinja2\n\n@app.post("/p")\ndef p():\n    return jinja2.Environment().from_string(request.form["body"]).render()', findings: [{ line: 5, severity: 'critical' }] },
    { code: 'env = make_env()\n\n@app.post("/p")\ndef p():\n    src = request.get_json()["subject"]\n    return env.from_string(src).render()', findings: [{ line: 6 }] },
    { code: 'from jinja2 import Environment\nfrom jinja2.sandbox import SandboxedEnvironment\nsandbox = SandboxedEnvironment()\nenv = Environment()\n\n@app.post("/p")\ndef p():\n    return env.from_string(request.form["body"]).render()', findings: [{ line: 8 }] },
    { code: 'from bottle import request, template\n\n@route("/h")\ndef h():\n    name = request.query.get("name")\n    return template("<p>Hello " + name + "</p>")', findings: [{ line: 6 }] },
    { code: 'from bottle import SimpleTemplate, request\n\n@route("/c", method="POST")\ndef c():\n    return SimpleTemplate(request.forms.get("body")).render()', findings: [{ line: 5 }] },
    // Chameleon compiles a page template's `${python: …}` expressions: one built from the request runs on the server.
    { code: 'from chameleon import PageTemplate\nfrom pyramid.response import Response\n\n@view_config(route_name="preview", request_method="POST")\ndef preview(request):\n    template = PageTemplate(request.POST.get("body", ""))\n    return Response(template(name="Reader"))', path: 'newsroom/views.py', findings: [{ line: 6 }] },
    // Mako in a bound Celery task queued with the client's template.
    { code: 'from celery import shared_task\nfrom mako.template import Template\n\n@shared_task(bind=True)\ndef summary(self, url, summary_template):\n    return Template(summary_template).render(url=url)\n\n@bp.post("/x")\ndef x():\n    payload = request.get_json()\n    summary.delay(payload["url"], payload.get("summary_template", "done"))\n    return {}', path: 'shop/jobs.py', findings: [{ line: 6 }] },
  ],
})

// A record's template field (a CMS page, a mail campaign) is text its editors write: compiled outside a sandbox, it runs on the server.
testRule(registered('python/template-injection'), {
  valid: [
    // the sandbox, a logic-less format, and the operator's own configuration
    'from jinja2.sandbox import SandboxedEnvironment\nsandbox = SandboxedEnvironment()\n\ndef render(issue, user):\n    return sandbox.from_string(issue.body_template).render(user=user)',
    'from string import Template\n\ndef title(definition, tenant):\n    return Template(definition.title_template).safe_substitute(tenant=tenant)',
    'from django.conf import settings\nfrom jinja2 import Environment\nenv = Environment(autoescape=True)\n\ndef footer():\n    return env.from_string(settings.FOOTER_TEMPLATE).render()',
    'from jinja2 import Environment\nfrom app import config\nenv = Environment(autoescape=True)\n\ndef footer():\n    return env.from_string(config.footer_template).render()',
    // a field that is not template text, and a template loaded from the templates folder
    'from jinja2 import Environment\nenv = Environment(autoescape=True)\n\ndef greet(user):\n    return env.from_string("Hi {{ n }}").render(n=user.display_name)',
    'from jinja2 import Environment\nenv = Environment(autoescape=True)\n\ndef page(definition):\n    return env.get_template(definition.template_name).render()',
  ],
  invalid: [
    { code: 'from jinja2 import Environment\nenv = Environment(autoescape=True)\n\ndef subject(issue, user):\n    return env.from_string(issue.subject_template).render(user=user)', findings: [{ line: 5, severity: 'major' }] },
    { code: 'from jinja2 import Template\n\ndef body(issue, user):\n    return Template(issue.body_template).render(user=user)', findings: [{ line: 4 }] },
    { code: 'from jinja2 import Environment\n_env = Environment()\n\nclass Renderer:\n    def __init__(self, campaign):\n        self.subject_source = campaign.subject_template\n\n    def subject(self, r):\n        return _env.from_string(self.subject_source).render(r=r)', findings: [{ line: 9 }] },
    { code: 'from flask import render_template_string\n\ndef preview(page):\n    return render_template_string(page.layout)', findings: [{ line: 4 }] },
  ],
})

// A format string the client wrote walks attributes of the objects it is given (`{user.__init__.__globals__}`).
testRule(registered('python/template-injection'), {
  valid: [
    'from flask import request\n\n@app.get("/p")\ndef p():\n    fmt = request.args.get("fmt", "{:.2f}")\n    return fmt.format(3.5)',
    'from flask import request\n\n@app.get("/p")\ndef p():\n    user = load_user()\n    return "Hello {name}".format(name=user.name)',
    'from flask import request\n\n@app.get("/p")\ndef p():\n    fmt = request.args.get("fmt", "{}")\n    return fmt.format(request.args.get("name", ""))',
    'from flask import request\nFORMATS = {"short": "{user.name}", "long": "{user.name} <{user.email}>"}\n\n@app.get("/p")\ndef p():\n    fmt = FORMATS.get(request.args.get("fmt"), "{user.name}")\n    return fmt.format(user=load_user())',
  ],
  invalid: [
    { code: 'from flask import request\n\n@app.get("/p")\ndef p():\n    fmt = request.args.get("fmt", "{user.name}")\n    user = load_user()\n    return fmt.format(user=user)', findings: [{ line: 7, severity: 'major', message: /format string/ }] },
    { code: 'from flask import request\n\n@app.post("/p")\ndef p():\n    ctx = build_context()\n    return request.form["label"].format(**ctx)', findings: [{ line: 6 }] },
    { code: 'from flask import request\n\n@app.post("/p")\ndef p():\n    return request.json["pattern"].format_map(current_app.config)', findings: [{ line: 5 }] },
  ],
})

testRule(registered('js/template-injection'), {
  valid: [
    "const ejs = require('ejs')\napp.post('/p', (req, res) => res.send(ejs.render('<p><%= name %></p>', { name: req.body.name })))",
    "app.post('/p', (req, res) => res.render('preview', { body: req.body.text }))",
    "const pug = require('pug')\nconst fn = pug.compile(TEMPLATE)",
    // an Environment renders files by name; request data is only the context
    "const nunjucks = require('nunjucks')\nconst env = new nunjucks.Environment(loader)\napp.post('/p', (req, res) => res.send(env.render('mail.njk', req.body)))",
    // A stored Handlebars template can only misprint its variables; configuration is the operator's.
    "import Handlebars from 'handlebars'\nexport async function send(id) {\n  const tpl = await db.template.findUnique({ where: { id } })\n  return Handlebars.compile(tpl.body)({})\n}",
    "const pug = require('pug')\nconst fn = pug.compile(config.layout)",
    "const pug = require('pug')\nconst fn = pug.compile(this.template)",
    // One of the application's own templates, shipped with it: the lookup asks for one, or a guard refuses the others.
    "const ejs = require('ejs')\napp.post('/preview', async (req, res) => {\n  const template = await Template.findByPk(req.body.templateId)\n  if (!template || !template.builtIn) return res.status(404).end()\n  res.json({ html: ejs.render(template.body, { note: req.body.note }) })\n})",
    "const pug = require('pug')\nrouter.get('/pages/:slug', async (ctx) => {\n  const page = await Page.findOne({ slug: ctx.params.slug, system: true })\n  ctx.body = pug.compile(page.layout)({ page })\n})",
    // The application's own markup, rendered with request data, or an express-handlebars view rendered by name.
    "const jsrender = require('jsrender')\nconst card = jsrender.templates('card', '<h2>{{:title}}</h2>')\napp.post('/p', (req, res) => res.send(card.render({ title: req.body.title })))",
    "const Hogan = require('hogan.js')\nconst layout = Hogan.compile(fs.readFileSync('layout.mustache', 'utf8'))\napp.post('/p', (req, res) => res.send(layout.render(req.body)))",
    "const { create } = require('express-handlebars')\nconst hbs = create()\napp.get('/c', async (req, res) => res.send(await hbs.render('views/card.hbs', { title: req.query.title })))",
    "const artTemplate = require('art-template')\napp.post('/p', (req, res) => res.send(artTemplate.render('<p>{{title}}</p>', { title: req.body.title })))",
  ],
  invalid: [
    { code: "const nunjucks = require('nunjucks')\nconst env = new nunjucks.Environment(loader, { autoescape: true })\napp.post('/p', (req, res) => res.send(env.renderString(req.body.template, req.body.data)))", findings: [{ line: 3 }] },
    { code: "const Handlebars = require('handlebars')\nconst hbs = Handlebars.create()\napp.post('/p', (req, res) => res.send(hbs.compile(req.body.template)({})))", findings: [{ line: 3 }] },
    { code: "const ejs = require('ejs')\napp.post('/p', (req, res) => {\n  const html = ejs.render(req.body.template, { user: req.user })\n  res.json({ html })\n})", findings: [{ line: 3 }] },
    { code: "const pug = require('pug')\napp.post('/p', (req, res) => {\n  const fn = pug.compile(req.body.source)\n  res.json({ ok: !!fn })\n})", findings: [{ line: 3 }] },
    { code: "import Handlebars from 'handlebars'\napp.post('/p', (req, res) => {\n  const t = Handlebars.compile(req.body.template)\n  res.json({ t: t({}) })\n})", path: 'src/p.ts', findings: [{ line: 3 }] },
    { code: "const nunjucks = require('nunjucks')\napp.post('/p', (req, res) => {\n  res.json({ out: nunjucks.renderString(req.body.template, {}) })\n})", findings: [{ line: 3 }] },
    // jsrender and art-template expressions are JavaScript; Hogan (hogan.js), dust (also promisified) and express-handlebars' Handlebars compile the text as sent.
    { code: "const jsrender = require('jsrender')\napp.post('/p', (req, res) => res.send(jsrender.templates(req.body.markup).render({})))", findings: [{ line: 2 }] },
    { code: "const artTemplate = require('art-template')\napp.post('/p', (req, res) => res.json({ html: artTemplate.render(req.body.footer, {}) }))", findings: [{ line: 2 }] },
    { code: "const Hogan = require('hogan.js')\napp.post('/p', (req, res) => res.json({ html: Hogan.compile(req.body.body).render({}) }))", findings: [{ line: 2 }] },
    { code: "const dust = require('dustjs-linkedin')\nconst { promisify } = require('util')\nconst renderSource = promisify(dust.renderSource)\napp.post('/p', async (req, res) => res.json({ subject: await renderSource(req.body.subject, {}) }))", findings: [{ line: 4 }] },
    { code: "const { create } = require('express-handlebars')\nconst hbs = create()\napp.post('/p', (req, res) => res.send(hbs.handlebars.compile(req.body.markup)({})))", findings: [{ line: 3 }] },
    // A page's layout kept in the database and compiled when the page is served: whoever edits the page writes pug code.
    { code: "const pug = require('pug')\nrouter.get('/pages/:slug', async (ctx) => {\n  const page = await Page.findOne({ where: { slug: ctx.params.slug } })\n  ctx.body = pug.compile(page.layout)({ page })\n})", findings: [{ line: 4, severity: 'major' }] },
    { code: "const ejs = require('ejs')\nexport async function render(id) {\n  const emailTemplate = await repo.findOne(id)\n  return ejs.render(emailTemplate.html, {})\n}", findings: [{ line: 4 }] },
    // The flag is read but does not turn the others away.
    { code: "const ejs = require('ejs')\napp.post('/preview', async (req, res) => {\n  const template = await Template.findByPk(req.body.templateId)\n  if (!template) return res.status(404).end()\n  res.json({ html: ejs.render(template.body, { note: req.body.note }), builtIn: template.builtIn })\n})", findings: [{ line: 5 }] },
    // NestJS: the decorated parameter is the request body
    {
      code: "import * as ejs from 'ejs'\n@Controller('preview')\nexport class PreviewController {\n  @Post()\n  render(@Body() body: { template: string }) {\n    return ejs.render(body.template, {})\n  }\n  @Post('safe')\n  safe(@Body() body: { name: string }, helper: { template: string }) {\n    return ejs.render(helper.template, { name: body.name })\n  }\n}",
      path: 'src/preview.controller.ts',
      findings: [{ line: 6, message: /`@Body\(\)`/ }],
    },
  ],
})

testRule(registered('js/unsafe-deserialization'), {
  valid: [
    "const v8 = require('v8')\nconst copy = v8.deserialize(v8.serialize(state))",
    "const yaml = require('js-yaml')\napp.post('/s', (req, res) => res.json(yaml.load(req.body.settings)))",
    "const yaml = require('js-yaml')\nconst cfg = yaml.load(text, { schema: yaml.JSON_SCHEMA })",
    // A schema extended with the application's own tag types, not js-yaml-js-types'.
    "const yaml = require('js-yaml')\nconst schema = yaml.DEFAULT_SCHEMA.extend([envTag])\nconst cfg = yaml.load(text, { schema })",
  ],
  invalid: [
    { code: "const funcster = require('funcster')\nconst job = funcster.deepDeserialize(JSON.parse(message.body))", findings: [{ line: 2, severity: 'major' }] },
    { code: "const v8 = require('v8')\napp.post('/s', (req, res) => {\n  const state = v8.deserialize(Buffer.from(req.body.snapshot, 'base64'))\n  res.json(state)\n})", findings: [{ line: 3, severity: 'critical' }] },
    { code: "import { deserialize as v8Deserialize } from 'node:v8'\napp.get('/s', (req, res) => {\n  res.json(v8Deserialize(Buffer.from(req.cookies.session, 'base64')))\n})", path: 'src/s.ts', findings: [{ line: 3 }] },
    { code: "const yaml = require('js-yaml')\nconst cfg = yaml.load(text, { schema: yaml.DEFAULT_FULL_SCHEMA })", findings: [{ line: 2 }] },
    // js-yaml 4 with js-yaml-js-types' `!!js/function` and `!!js/regexp`, in the call or through the name it passes.
    { code: "const yaml = require('js-yaml')\napp.post('/s', (req, res) => res.json(yaml.load(req.body, { schema: yaml.DEFAULT_SCHEMA.extend(require('js-yaml-js-types').all) })))", findings: [{ line: 2, severity: 'critical' }] },
    { code: "const yaml = require('js-yaml')\nconst jsTypes = require('js-yaml-js-types').all\nconst schema = yaml.DEFAULT_SCHEMA.extend(jsTypes)\nconst cfg = yaml.load(text, { schema })", findings: [{ line: 4 }] },
    { code: "const { deserialize } = require('serialize-to-js')\nconst t = deserialize(blob)", findings: [{ line: 2 }] },
  ],
})

testRule(registered('js/mutate-while-iterating'), {
  valid: [
    'for (let i = 0; i < items.length; i++) {\n  if (items[i].done) {\n    items.splice(i, 1)\n    i--\n  }\n}',
    'for (let i = items.length - 1; i >= 0; i--) {\n  if (items[i].done) items.splice(i, 1)\n}',
    'for (let i = 0; i < queue.length; i++) queue.push(...next(queue[i]))',
    'for (let i = 0; i < items.length; i++) others.splice(i, 1)',
    'items.forEach((item) => done.push(item))',
  ],
  invalid: [
    { code: 'for (let i = 0; i < items.length; i++) {\n  if (items[i].done) items.splice(i, 1)\n}', findings: [{ line: 2 }] },
    { code: 'coupons.forEach((c, index) => {\n  if (c.expired) coupons.splice(index, 1)\n})', findings: [{ line: 2 }] },
  ],
})

testRule(registered('python/mutate-while-iterating'), {
  valid: ['for user_id, user in list(users_by_id.items()):\n    if user.gone:\n        del users_by_id[user_id]', 'for k, v in d.items():\n    d[k] = v + 1'],
  invalid: [{ code: 'for user_id, user in users_by_id.items():\n    if user.gone:\n        del users_by_id[user_id]', findings: [{ line: 3 }] }],
})

// Template source from the request through the other doors the libraries have: Nunjucks's Template class, lodash's
// per-method package, and isolated Handlebars and configured Nunjucks environments kept on a service's fields. The
// same objects rendering files by name, or a shipped template, stay quiet.
const SERVICE = (field: string, body: string) =>
  `import { Body, Controller, Post } from '@nestjs/common'\nimport nunjucks from 'nunjucks'\nimport Handlebars from 'handlebars'\nimport template from 'lodash/template'\n@Controller('templates')\nexport class TemplatesController {\n  ${field}\n  @Post('preview')\n  preview(@Body() dto: { source: string; name: string }) {\n    ${body}\n  }\n}\n`
testRule(registered('js/template-injection'), {
  valid: [
    { path: 'src/templates.controller.ts', code: SERVICE("private readonly env = nunjucks.configure('templates', { autoescape: true })", "return this.env.render('welcome.njk', { name: dto.name })") },
    { path: 'src/templates.controller.ts', code: SERVICE('private readonly handlebars = Handlebars.create()', "return this.handlebars.compile(BUILT_IN.welcome)({ name: dto.name })") },
    { path: 'src/templates.controller.ts', code: SERVICE("private readonly env = new nunjucks.Environment(loader)", "return new nunjucks.Template('Hi {{ name }}', this.env).render({ name: dto.name })") },
    { path: 'src/templates.controller.ts', code: SERVICE("private readonly footer = template('Sent to <%- name %>')", 'return this.footer({ name: dto.name })') },
  ],
  invalid: [
    { path: 'src/templates.controller.ts', code: SERVICE("private readonly env = nunjucks.configure('templates', { autoescape: true })", 'return new nunjucks.Template(dto.source, this.env).render({ name: dto.name })'), findings: [{ line: 10 }] },
    { path: 'src/templates.controller.ts', code: SERVICE("private readonly env = nunjucks.configure('templates', { autoescape: true })", 'return this.env.renderString(dto.source, { name: dto.name })'), findings: [{ line: 10 }] },
    { path: 'src/templates.controller.ts', code: SERVICE('private readonly handlebars = Handlebars.create()', 'return this.handlebars.compile(dto.source)({ name: dto.name })'), findings: [{ line: 10 }] },
    { path: 'src/templates.controller.ts', code: SERVICE('private readonly unused = 1', "return template(dto.source, { interpolate: /{{([\\s\\S]+?)}}/g })({ name: dto.name })"), findings: [{ line: 10 }] },
  ],
})
