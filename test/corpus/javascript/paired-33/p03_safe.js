// corpus: path=src/routes/cards.js
const path = require('path')
const pug = require('pug')

const LAYOUTS = {
  plain: path.join(__dirname, '../views/cards/plain.pug'),
  banner: path.join(__dirname, '../views/cards/banner.pug'),
}

function cardOptions(body) {
  return { layout: LAYOUTS[body.layout] ? body.layout : 'plain', title: body.title, message: body.message }
}

module.exports = function registerCardRoutes(app) {
  app.post('/cards/preview', (req, res) => {
    const opts = cardOptions(req.body)
    const html = pug.renderFile(LAYOUTS[opts.layout], { title: opts.title, message: opts.message }) // ok: template-injection
    res.type('html').send(html)
  })
}
