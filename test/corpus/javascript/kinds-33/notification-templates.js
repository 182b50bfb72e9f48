// corpus: path=src/notifications/templates.js
'use strict'

const path = require('path')
const Router = require('@koa/router')
const koaBody = require('koa-body')
const Twig = require('twig')
const doT = require('dot')
const nunjucks = require('nunjucks')
const { Eta } = require('eta')
const Sqrl = require('squirrelly')
const { Liquid } = require('liquidjs')
const db = require('../db')

const TEMPLATE_DIR = path.join(__dirname, 'views')

const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(TEMPLATE_DIR), { autoescape: true })
const eta = new Eta({ views: TEMPLATE_DIR, cache: true })
const liquid = new Liquid({ root: TEMPLATE_DIR, extname: '.liquid' })

const SAMPLE = {
  user: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com' },
  order: { number: 'A-1024', total: '42.00', currency: 'EUR' },
}

const router = new Router({ prefix: '/api/notification-templates' })
router.use(koaBody())

// Workspace admins edit their own notification texts. Anyone with an account can create a
// workspace, so the template source is attacker-controlled text, and all four engines below
// compile it to JavaScript that runs on this server.
router.post('/preview/twig', async (ctx) => {
  const { source } = ctx.request.body
  const template = Twig.twig({ data: source }) // expect: template-injection
  ctx.body = { html: template.render(SAMPLE) }
})

router.post('/preview/dot', async (ctx) => {
  const fn = doT.template(ctx.request.body.source, { ...doT.templateSettings, strip: false }) // expect: template-injection
  ctx.body = { html: fn(SAMPLE) }
})

router.post('/preview/nunjucks', async (ctx) => {
  const compiled = new nunjucks.Template(ctx.request.body.source, env) // expect: template-injection
  ctx.body = { html: compiled.render(SAMPLE) }
})

router.post('/preview/eta', async (ctx) => {
  const { subject, body } = ctx.request.body
  ctx.body = {
    subject: eta.renderString(subject, SAMPLE), // expect: template-injection
    html: eta.renderString(body, SAMPLE), // expect: template-injection
  }
})

router.post('/preview/squirrelly', async (ctx) => {
  const html = Sqrl.render(ctx.request.body.source, SAMPLE) // expect: template-injection
  ctx.body = { html }
})

// The built-in layouts are files in the repository; the request only picks one by name, and
// the name is checked against the list of layouts that exist.
const LAYOUTS = new Set(['plain', 'branded', 'receipt'])

router.post('/preview/layout', async (ctx) => {
  const layout = String(ctx.request.body.layout || 'plain')
  if (!LAYOUTS.has(layout)) ctx.throw(400, 'unknown layout')
  ctx.body = { html: env.render(`layouts/${layout}.njk`, SAMPLE) } // ok: template-injection
})

router.post('/preview/eta-file', async (ctx) => {
  const html = await eta.renderAsync('./welcome', { ...SAMPLE, note: ctx.request.body.note }) // ok: template-injection
  ctx.body = { html }
})

router.post('/preview/twig-file', async (ctx) => {
  const template = Twig.twig({ path: path.join(TEMPLATE_DIR, 'digest.twig'), async: false }) // ok: template-injection
  ctx.body = { html: template.render({ ...SAMPLE, items: ctx.request.body.items || [] }) }
})

// Liquid has no access to JavaScript from inside a template, which is why the storefront theme
// editor uses it for merchant-written templates. Rendering it is the product, not a flaw.
router.post('/preview/liquid', async (ctx) => {
  const html = await liquid.parseAndRender(String(ctx.request.body.source || ''), SAMPLE) // ok: template-injection
  ctx.body = { html }
})

router.get('/', async (ctx) => {
  ctx.body = await db('notification_templates')
    .where({ workspace_id: ctx.state.user.workspaceId })
    .select('key', 'updated_at')
    .orderBy('key')
})

module.exports = router
