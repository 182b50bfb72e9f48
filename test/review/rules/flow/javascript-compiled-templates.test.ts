/**
 * A template compiled from request data is reported once, as template injection where it is compiled; the
 * page it renders is that same flaw, not a second XSS finding. A template the code wrote, rendering request
 * data through raw output (`{{{body}}}`), is still XSS.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const ROUTE = { path: 'app/api/preview/route.ts' }
const COMPILED_FROM_BODY = "import { NextRequest, NextResponse } from 'next/server'\nimport Handlebars from 'handlebars'\nexport async function POST(req: NextRequest) {\n  const { template, data } = await req.json()\n  const render = Handlebars.compile(template)\n  return new NextResponse(render(data), { headers: { 'content-type': 'text/html' } })\n}"

testRule(registered('js/xss-sink'), {
  valid: [
    { ...ROUTE, code: COMPILED_FROM_BODY },
    { ...ROUTE, code: "import express from 'express'\nimport Handlebars from 'handlebars'\nconst page = Handlebars.compile('<h1>{{title}}</h1>')\napp.get('/p', (req, res) => {\n  res.send(page({ title: req.query.title }))\n})" },
    // A helper that only lets the request pick one of the file's own templates: every page it returns is the program's.
    { ...ROUTE, code: "import express from 'express'\nimport pug from 'pug'\nconst LAYOUTS = { classic: pug.compileFile('views/classic.pug'), compact: pug.compileFile('views/compact.pug') }\nasync function renderInvoice(layout, id) {\n  const invoice = await findInvoice(id)\n  const render = LAYOUTS[layout] || LAYOUTS.classic\n  return render({ invoice })\n}\napp.post('/invoices/:id', async (req, res) => {\n  res.type('html').send(await renderInvoice(req.body.layout, req.params.id))\n})" },
  ],
  invalid: [
    { ...ROUTE, code: "import express from 'express'\nimport Handlebars from 'handlebars'\nconst page = Handlebars.compile('<article>{{{body}}}</article>')\napp.post('/p', (req, res) => {\n  res.send(page({ body: req.body.html }))\n})", findings: [{ line: 5 }] },
    { ...ROUTE, code: "import express from 'express'\nimport _ from 'lodash'\napp.post('/p', (req, res) => {\n  const render = _.template('<p><%= greeting %></p>')\n  res.send(render({ greeting: req.body.greeting }))\n})", findings: [{ line: 5 }] },
    // Helpers whose return carries what they were handed: markup built from it, or another call's making of it.
    { ...ROUTE, code: "import express from 'express'\nfunction banner(text) {\n  return '<div class=\"banner\">' + text + '</div>'\n}\napp.get('/p', (req, res) => {\n  res.type('html').send(banner(req.query.text))\n})", findings: [{ line: 6 }] },
    { ...ROUTE, code: "import express from 'express'\nfunction render(markdown) {\n  return converter.makeHtml(markdown)\n}\napp.post('/p', (req, res) => {\n  res.type('html').send(render(req.body.markdown))\n})", findings: [{ line: 6 }] },
    { ...ROUTE, code: "import express from 'express'\nclass Notice {\n  constructor(text) {\n    this.text = text\n  }\n  html() {\n    return `<p>${this.text}</p>`\n  }\n}\napp.get('/p', (req, res) => {\n  res.type('html').send(new Notice(req.query.text).html())\n})", findings: [{ line: 11 }] },
  ],
})

testRule(registered('js/template-injection'), {
  valid: [],
  invalid: [{ ...ROUTE, code: COMPILED_FROM_BODY, findings: [{ line: 5 }] }],
})
