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
  ],
  invalid: [
    { ...ROUTE, code: "import express from 'express'\nimport Handlebars from 'handlebars'\nconst page = Handlebars.compile('<article>{{{body}}}</article>')\napp.post('/p', (req, res) => {\n  res.send(page({ body: req.body.html }))\n})", findings: [{ line: 5 }] },
    { ...ROUTE, code: "import express from 'express'\nimport _ from 'lodash'\napp.post('/p', (req, res) => {\n  const render = _.template('<p><%= greeting %></p>')\n  res.send(render({ greeting: req.body.greeting }))\n})", findings: [{ line: 5 }] },
  ],
})

testRule(registered('js/template-injection'), {
  valid: [],
  invalid: [{ ...ROUTE, code: COMPILED_FROM_BODY, findings: [{ line: 5 }] }],
})
