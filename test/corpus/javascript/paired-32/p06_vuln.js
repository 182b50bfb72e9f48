// corpus: path=src/routes/newsletter.js
const express = require('express')
const Handlebars = require('handlebars')

const router = express.Router()

function withLayout(req, done) {
  const layout = req.body.layout || '<h1>{{title}}</h1><div>{{{body}}}</div>'
  done(layout)
}

router.post('/newsletter/preview', express.json(), (req, res) => {
  withLayout(req, (layout) => {
    const render = Handlebars.compile(layout) // expect: template-injection
    res.type('html').send(render({ title: 'Weekly digest', body: '<p>Preview</p>' }))
  })
})

module.exports = router
