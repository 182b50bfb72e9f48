// corpus: path=src/routes/cards.js
const pug = require('pug')

function cardOptions(body) {
  return { layout: body.layout || 'h2= title\np= message', title: body.title, message: body.message }
}

module.exports = function registerCardRoutes(app) {
  app.post('/cards/preview', (req, res) => {
    const opts = cardOptions(req.body)
    const html = pug.render(opts.layout, { title: opts.title, message: opts.message }) // expect: template-injection
    res.type('html').send(html)
  })
}
