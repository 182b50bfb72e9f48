// Queries in other languages than SQL: XPath expressions and LDAP search filters built from
// request data or from a caller's values, each with the safe look-alikes real code writes.
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const FLASK = 'from flask import request\nfrom lxml import etree\n\n'
const LDAP = 'import ldap\nfrom flask import request\n\n'

testRule(registered('python/xpath-injection'), {
  valid: [
    // lxml variables: the value is bound, not parsed
    `${FLASK}@app.get("/b")\ndef b():\n    return tree.xpath("//book[author=$a]", a=request.args["a"])`,
    `${FLASK}@app.get("/b")\ndef b():\n    find = etree.XPath("//book[@id=$i]")\n    return find(tree, i=request.args["i"])`,
    // numbers and constants
    `${FLASK}@app.get("/b")\ndef b():\n    n = request.args.get("n", type=int)\n    return tree.xpath(f"//book[{n}]")`,
    `${FLASK}LANG = "en"\n\ndef titles(tree):\n    return tree.xpath(f"//title[@lang='{LANG}']")`,
    // a caller's value in a node path, not a compared value
    `from lxml import etree\n\ndef items(tree, ns):\n    return tree.xpath(f"//{ns}:item")`,
    // a quoting helper written for XPath
    `${FLASK}@app.get("/b")\ndef b():\n    return tree.xpath(f"//book[author={xpath_literal(request.args['a'])}]")`,
    `${FLASK}REGIONS = {"emea", "apac"}\n\n@app.get("/r")\ndef r():\n    region = request.args["region"]\n    if region not in REGIONS:\n        abort(400)\n    return root.findall(".//sale[@region='%s']" % region)`,
    // str.find and BeautifulSoup's find take no path
    `${FLASK}@app.get("/b")\ndef b():\n    return soup.find(request.args["tag"])`,
    `def pos(line, key):\n    return line.find(f"{key}=")`,
    // ElementTree paths without a predicate
    `def entries(root, ns):\n    return root.findall(f"{ns}entry")`,
    // a scraper's expressions are its own, run against the page it fetched
    'import scrapy\n\nclass Spider(scrapy.Spider):\n    def field(self, response, label):\n        return response.xpath(f"//th[text()=\'{label}\']/following-sibling::td/text()").get()',
    // in a handler, an untainted value is the handler's own (a typed route value)
    `${FLASK}@app.get("/b/<int:n>")\ndef b(n):\n    return tree.xpath(f"//book[@n='{n}']")`,
  ],
  invalid: [
    { code: `${FLASK}@app.get("/b")\ndef b():\n    a = request.args["a"]\n    return tree.xpath(f"//book[author='{a}']")`, findings: [{ line: 7, severity: 'critical' }] },
    { code: `${FLASK}@app.get("/b")\ndef b():\n    q = "//book[@isbn='" + request.args["isbn"] + "']"\n    return tree.xpath(q)`, findings: [{ line: 7 }] },
    { code: `${FLASK}@app.get("/b")\ndef b():\n    return etree.XPath("//book[@g='%s']" % request.args["g"])(tree)`, findings: [{ line: 6 }] },
    { code: `${FLASK}@app.get("/b")\ndef b():\n    ev = etree.XPathEvaluator(tree)\n    return ev("//book[@p='{}']".format(request.args["p"]))`, findings: [{ line: 7 }] },
    { code: 'import elementpath\nfrom flask import request\n\n@app.post("/q")\ndef q():\n    return elementpath.select(root, request.json["xpath"])', findings: [{ line: 6 }] },
    // a helper formats its caller's value into a predicate: major
    { code: 'def by_owner(root, owner):\n    return root.findall(f".//item[@owner=\'{owner}\']")', findings: [{ line: 2, severity: 'major' }] },
  ],
})

// An XPath evaluated over the server's own document returns that document's text, not the variables it was handed: a
// page made of it is not reflected XSS. Over a document the client sent, what comes back is the client's text.
testRule(registered('python/xss'), {
  valid: [
    `${FLASK}DOC = etree.parse("users.xml")\nFIND = etree.XPath("//user[@name=$name]/email/text()")\n\n@app.get("/e")\ndef e():\n    return "<p>%s</p>" % FIND(DOC, name=request.headers.get("X-User", ""))[0]`,
    `${FLASK}DOC = etree.parse("users.xml")\n\n@app.get("/e")\ndef e():\n    name = request.args["name"]\n    return "<p>" + str(DOC.xpath("string(//user[@name=$n]/email)", n=name)) + "</p>"`,
  ],
  invalid: [
    { code: `${FLASK}@app.post("/e")\ndef e():\n    doc = etree.fromstring(request.get_data())\n    return "<p>" + str(doc.xpath("string(//title)")) + "</p>"`, findings: [{ line: 7 }] },
    { code: `${FLASK}FIND = etree.XPath("string(//title)")\n\n@app.post("/e")\ndef e():\n    doc = etree.fromstring(request.get_data())\n    return "<p>" + str(FIND(doc)) + "</p>"`, findings: [{ line: 9 }] },
  ],
})

testRule(registered('python/ldap-injection'), {
  valid: [
    `${LDAP}@app.get("/u")\ndef u():\n    return conn.search_s(BASE, ldap.SCOPE_SUBTREE, "(uid=%s)" % ldap.filter.escape_filter_chars(request.args["u"]))`,
    `${LDAP}from ldap.filter import filter_format\n\n@app.get("/u")\ndef u():\n    f = filter_format("(uid=%s)", [request.args["u"]])\n    return conn.search_s(BASE, ldap.SCOPE_SUBTREE, f)`,
    'from ldap3.utils.conv import escape_filter_chars\n\ndef find(conn, uid):\n    safe = escape_filter_chars(uid)\n    conn.search(BASE, f"(uid={safe})")',
    // escaped in the helper that formats the filter, searched by another helper
    `${LDAP}from ldap.filter import escape_filter_chars\n\ndef by_dept(d):\n    return f"(departmentNumber={escape_filter_chars(d)})"\n\ndef find(flt):\n    return conn.search_s(BASE, ldap.SCOPE_SUBTREE, flt)\n\n@app.get("/d")\ndef d():\n    return find(by_dept(request.args["d"]))`,
    // the escaped name is also the filter's attribute: \`(uid={uid})\` in the filter text assigns nothing
    `${LDAP}from ldap.filter import escape_filter_chars\n\n@app.get("/u")\ndef u():\n    uid = escape_filter_chars(request.args.get("uid", ""))\n    return conn.search_s(BASE, ldap.SCOPE_SUBTREE, f"(&(objectClass=person)(uid={uid}))")`,
    `${LDAP}def staff(conn):\n    return conn.search_s(BASE, ldap.SCOPE_ONELEVEL, "(objectClass=person)")`,
    `${LDAP}def by_number(conn, n):\n    return conn.search_s(BASE, ldap.SCOPE_SUBTREE, "(employeeNumber=%d)" % int(n))`,
    // a pattern or allow-list check that rejects anything else first
    `${LDAP}import re\n\n@app.get("/u/<uid>")\ndef u(uid):\n    if not re.fullmatch(r"[a-z0-9]+", uid):\n        abort(400)\n    return conn.search_s(BASE, ldap.SCOPE_SUBTREE, f"(uid={uid})")`,
    // the operator's settings formatted in
    'import ldap3\nfrom django.conf import settings\n\ndef people(conn):\n    conn.search(BASE, f"(objectClass={settings.LDAP_USER_CLASS})")',
    // other libraries' search methods
    'import re\n\ndef first(text, word):\n    return re.search(f"({word})", text)',
    'def hits(index, term):\n    return index.search(f"title:{term}")',
  ],
  invalid: [
    { code: `${LDAP}def by_dept(d):\n    return f"(departmentNumber={d})"\n\ndef find(flt):\n    return conn.search_s(BASE, ldap.SCOPE_SUBTREE, flt)\n\n@app.get("/d")\ndef d():\n    return find(by_dept(request.args["d"]))`, findings: [{ line: 8 }] },
    { code: `${LDAP}@app.get("/u")\ndef u():\n    return conn.search_s(BASE, ldap.SCOPE_SUBTREE, f"(uid={request.args['u']})")`, findings: [{ line: 6, severity: 'critical' }] },
    { code: 'from flask import request\nfrom ldap3 import Connection\n\n@app.get("/p")\ndef p():\n    term = request.args.get("q")\n    conn.search(BASE, f"(|(cn=*{term}*)(mail=*{term}*))")', findings: [{ line: 7 }] },
    { code: 'from flask import request\nfrom ldap3 import Connection\n\n@app.get("/p")\ndef p():\n    conn.search(search_base=BASE, search_filter="(manager=" + request.args["m"] + ")")', findings: [{ line: 6 }] },
    // an authentication backend formats the username it is given: major
    { code: `${LDAP}class Backend:\n    def authenticate(self, request, username=None, password=None):\n        return self.conn.search_s(BASE, ldap.SCOPE_SUBTREE, f"(&(objectClass=person)(uid={username}))")`, findings: [{ line: 6, severity: 'major' }] },
    { code: `${LDAP}@app.get("/u")\ndef u():\n    uid = request.args.get("uid", "")\n    return conn.search_s(BASE, ldap.SCOPE_SUBTREE, f"(&(objectClass=person)(uid={uid}))")`, findings: [{ line: 7 }] },
    { code: `${LDAP}def members(conn, group):\n    return conn.search_ext(BASE, ldap.SCOPE_SUBTREE, "(cn={})".format(group))`, findings: [{ line: 5 }] },
  ],
})

const EXPRESS = "const express = require('express')\nconst xpath = require('xpath')\nconst app = express()\n"
const LDAPJS = "const ldap = require('ldapjs')\nconst { EqualityFilter } = require('ldapjs')\nconst app = require('express')()\n"

// A helper the file alone calls is judged by what its callers hand it (checked by a full-match pattern first, or sent as
// is); one the module exports may be called with anything, so the value it formats into a predicate is still asked about.
testRule(registered('js/xpath-injection'), {
  valid: [
    { path: 'src/routes/permissions.ts', code: "import * as xpath from 'xpath'\nconst ROLE = /^[a-z][a-z0-9_-]{0,31}$/\nfunction grantsFor(role: string) {\n  return xpath.select(`//role[@name='${role}']/grant/@action`, policy)\n}\nfunction actions(role: string) {\n  return grantsFor(role).map((a) => a.value)\n}\nrouter.get('/permissions/:role', (req, res) => {\n  if (!ROLE.test(req.params.role)) return res.status(400).end()\n  res.json(actions(req.params.role))\n})" },
  ],
  invalid: [
    { path: 'src/routes/permissions.ts', code: "import * as xpath from 'xpath'\nfunction grantsFor(role: string) {\n  return xpath.select(`//role[@name='${role}']/grant/@action`, policy)\n}\nfunction actions(role: string) {\n  return grantsFor(role).map((a) => a.value)\n}\nrouter.get('/permissions/:role', (req, res) => {\n  res.json(actions(req.params.role))\n})", findings: [{ line: 3, severity: 'critical' }] },
    { path: 'src/policy.ts', code: "import * as xpath from 'xpath'\nexport function grantsFor(role: string) {\n  return xpath.select(`//role[@name='${role}']/grant/@action`, policy)\n}\nexport function adminGrants() {\n  return grantsFor('admin')\n}", findings: [{ line: 3, severity: 'major' }] },
  ],
})

testRule(registered('js/xpath-injection'), {
  valid: [
    `${EXPRESS}app.get('/p', (req, res) => {\n  res.json(xpath.parse('//p[brand=$b]').select({ node: doc, variables: { b: String(req.query.b) } }))\n})`,
    `${EXPRESS}app.get('/p', (req, res) => {\n  const max = Number(req.query.max)\n  res.json(xpath.select(\`//p[price < \${max}]\`, doc))\n})`,
    `${EXPRESS}app.get('/p', (req, res) => {\n  res.json(xpath.select('//p/brand/text()', doc))\n})`,
    "function count(doc) {\n  return doc.evaluate('count(//topic)', doc, null, XPathResult.NUMBER_TYPE, null).numberValue\n}",
    // the page's own DOM queried with the script's own values
    "function topics(doc, keyword) {\n  return doc.evaluate(`//topic[contains(keywords, '${keyword}')]`, doc, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null)\n}",
    // puppeteer and mathjs evaluate code and formulas, not XPath
    "async function title(page, sel) {\n  return page.evaluate((s) => document.querySelector(s).textContent, sel)\n}",
    "const math = require('mathjs')\nfunction calc(expr) {\n  return math.evaluate(`${expr} * 2`)\n}",
    // a node path from a caller, not a compared value
    // request values kept only when a module pattern admits them
    `${EXPRESS}const SKU = /^[A-Z0-9-]{3,20}$/\napp.post('/p', (req, res) => {\n  const skus = req.body.skus.filter((s) => SKU.test(s))\n  res.json(xpath.select(\`//p[\${skus.map((s) => \`@sku='\${s}'\`).join(' or ')}]\`, doc))\n})`,
    `${EXPRESS}function items(ns) {\n  return xpath.select(\`//\${ns}:item\`, doc)\n}`,
    // libxmljs: a fixed path, and a cache's get in the same file
    "const libxmljs = require('libxmljs')\nconst express = require('express')\nconst app = express()\napp.post('/o', (req, res) => {\n  const doc = libxmljs.parseXml(req.body)\n  res.json({ no: doc.get('//order/number').text(), cached: cache.get(`order:${req.query.id}`) })\n})",
  ],
  invalid: [
    { code: `${EXPRESS}app.get('/p', (req, res) => {\n  res.json(xpath.select(\`//p[brand='\${req.query.brand}']\`, doc))\n})`, findings: [{ line: 5, severity: 'critical' }] },
    { code: `${EXPRESS}const sku = (s) => s.trim()\napp.post('/p', (req, res) => {\n  const skus = req.body.skus.filter((s) => s.length > 0)\n  res.json(xpath.select(\`//p[\${skus.map((s) => \`@sku='\${s}'\`).join(' or ')}]\`, doc))\n})`, findings: [{ line: 7 }] },
    { code: `${EXPRESS}app.get('/p/:sku', (req, res) => {\n  res.json(xpath.select1("//p[@sku='" + req.params.sku + "']", doc))\n})`, findings: [{ line: 5 }] },
    { code: `${EXPRESS}app.post('/q', (req, res) => {\n  const select = xpath.useNamespaces({ c: 'urn:c' })\n  res.json(select(req.body.expression, doc))\n})`, findings: [{ line: 6 }] },
    // a select function bound to namespace prefixes once, at the top of the module
    { code: `${EXPRESS}const select = xpath.useNamespaces({ r: 'urn:r' })\napp.get('/t/:team', (req, res) => {\n  res.json(select(\`//r:member[@team='\${req.params.team}']\`, doc))\n})`, findings: [{ line: 6 }] },
    { code: "const q = decodeURIComponent(location.hash.slice(1))\nconst hits = document.evaluate(`//topic[contains(keywords, '${q}')]`, document, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null)", path: 'src/help.js', findings: [{ line: 2 }] },
    { code: "const libxmljs = require('libxmljs')\nconst express = require('express')\nconst app = express()\napp.post('/o', (req, res) => {\n  const doc = libxmljs.parseXml(req.body)\n  res.json({ found: Boolean(doc.get(`//order/line[sku='${req.query.sku}']`)) })\n})", findings: [{ line: 6 }] },
    { code: "import libxmljs from 'libxmljs2'\nexport function lines(xml, req) {\n  return libxmljs.parseXml(xml).root().find('.//line[@owner=\"' + req.params.owner + '\"]')\n}", findings: [{ line: 3 }] },
    { code: "import { evaluateXPathToNodes } from 'fontoxpath'\nexport function policy(doc: Document, id: string) {\n  return evaluateXPathToNodes(`//policy[@id=\"${id}\"]`, doc)\n}", path: 'src/policy.ts', findings: [{ line: 3 }] },
  ],
})

testRule(registered('js/ldap-injection'), {
  valid: [
    `${LDAPJS}app.get('/u/:uid', (req, res) => {\n  const filter = new EqualityFilter({ attribute: 'uid', value: req.params.uid })\n  client.search(BASE, { scope: 'sub', filter }, () => {})\n})`,
    `${LDAPJS}const ldapEscape = require('ldap-escape')\napp.get('/u', (req, res) => {\n  client.search(BASE, { filter: ldapEscape.filter\`(mail=\${req.query.mail})\` }, () => {})\n})`,
    `${LDAPJS}app.get('/n/:n', (req, res) => {\n  const n = parseInt(req.params.n, 10)\n  client.search(BASE, { filter: \`(employeeNumber=\${n})\` }, () => {})\n})`,
    // escaped by the tag in a helper that builds the filter, searched in another
    `${LDAPJS}const ldapEscape = require('ldap-escape')\nfunction byDept(d) {\n  return ldapEscape.filter\`(departmentNumber=\${d})\`\n}\nfunction find(filter, done) {\n  client.search(BASE, { filter }, done)\n}\napp.get('/d', (req, res) => find(byDept(req.query.d), () => {}))`,
    `${LDAPJS}function locked(client) {\n  client.search(BASE, { scope: 'one', filter: '(nsAccountLock=TRUE)' }, () => {})\n}`,
    `${LDAPJS}function people(client) {\n  client.search(BASE, { filter: \`(objectClass=\${process.env.LDAP_USER_CLASS})\` }, () => {})\n}`,
    // Elasticsearch and other search clients
    "const { Client } = require('@elastic/elasticsearch')\nasync function find(client, q) {\n  return client.search({ index: 'docs', query: { match: { title: q } } })\n}",
    "async function find(index, term) {\n  return index.search(term, { filter: `category = \"${term}\"` })\n}",
    "app.get('/s', async (req, res) => {\n  res.json(await index.search(req.query.q, { filter: `(genre = \"${req.query.genre}\")` }))\n})",
    "async function find(db, conn, q) {\n  return conn.search('products', q)\n}",
  ],
  invalid: [
    { code: `${LDAPJS}app.get('/p', (req, res) => {\n  client.search(BASE, { scope: 'sub', filter: \`(cn=*\${req.query.name}*)\` }, () => {})\n})`, findings: [{ line: 5, severity: 'critical' }] },
    { code: `${LDAPJS}app.post('/login', (req, res) => {\n  const { username } = req.body\n  const filter = \`(&(objectClass=person)(uid=\${username}))\`\n  client.search(BASE, { filter, scope: 'sub' }, () => {})\n})`, findings: [{ line: 7 }] },
    { code: `${LDAPJS}app.get('/t/:team', (req, res) => {\n  const opts = { filter: '(cn=' + req.params.team + ')' }\n  client.search(BASE, opts, () => {})\n})`, findings: [{ line: 6 }] },
    { code: "import { Client } from 'ldapts'\nexport async function findPerson(client: Client, uid: string) {\n  return client.search(BASE, { filter: `(uid=${uid})` })\n}", path: 'src/dir.ts', findings: [{ line: 3, severity: 'major' }] },
    { code: `${LDAPJS}app.get('/f', (req, res) => {\n  const f = ldap.parseFilter(req.query.filter)\n})`, findings: [{ line: 5 }] },
    // the same helpers without the escaping tag
    { code: `${LDAPJS}function byDept(d) {\n  return \`(departmentNumber=\${d})\`\n}\nfunction find(filter, done) {\n  client.search(BASE, { filter }, done)\n}\napp.get('/d', (req, res) => find(byDept(req.query.d), () => {}))`, findings: [{ line: 8 }] },
  ],
})
