// corpus: path=api/controllers/PagesController.js
const ejs = require('ejs')
const pug = require('pug')
const nunjucks = require('nunjucks')
const path = require('path')

const env = nunjucks.configure(path.join(__dirname, '../../views/emails'), { autoescape: true })

module.exports = {
  async preview(req, res) {
    const page = await PageTemplate.findOne({ id: req.param('id'), builtIn: true })
    if (!page) return res.notFound()
    const html = ejs.render(page.body, { user: req.me, page }) // ok: template-injection
    return res.send(html)
  },

  async render(req, res) {
    const html = ejs.render(req.body.template, { user: req.me }) // expect: template-injection
    return res.send(html)
  },

  async badge(req, res) {
    const fn = pug.compile(`div.badge= "${req.param('label')}"`) // expect: template-injection
    return res.send(fn({}))
  },

  async badgeSafe(req, res) {
    const fn = pug.compileFile(path.join(__dirname, '../../views/badge.pug'))
    return res.send(fn({ label: req.param('label') })) // ok: template-injection
  },

  async email(req, res) {
    const html = env.render('welcome.njk', { name: req.param('name'), product: 'Acme' }) // ok: template-injection
    return res.send(html)
  },

  async emailCustom(req, res) {
    const html = nunjucks.renderString(req.body.subjectTemplate, { name: req.me.fullName }) // expect: template-injection
    return res.json({ subject: html })
  },

  async search(req, res) {
    const term = req.param('q') || ''
    const result = await sails.sendNativeQuery( // expect: sql-injection
      `SELECT id, title FROM page WHERE owner = $1 AND title LIKE '%${term}%'`,
      [req.session.userId],
    )
    return res.json(result.rows)
  },

  async searchSafe(req, res) {
    const term = req.param('q') || ''
    const result = await sails.sendNativeQuery('SELECT id, title FROM page WHERE owner = $1 AND title LIKE $2', [ // ok: sql-injection
      req.session.userId,
      `%${term}%`,
    ])
    return res.json(result.rows)
  },

  async greet(req, res) {
    return res.send(`<p>Welcome back, ${req.param('name')}</p>`) // expect: xss
  },

  async greetJson(req, res) {
    return res.json({ greeting: `Welcome back, ${req.param('name')}` }) // ok: xss
  },
}
