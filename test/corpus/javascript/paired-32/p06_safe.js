// corpus: path=src/routes/newsletter.js
const express = require('express')
const Handlebars = require('handlebars')

const router = express.Router()

const LAYOUTS = {
  classic: '<h1>{{title}}</h1><div>{{{body}}}</div>',
  minimal: '<div>{{{body}}}</div>',
}

function withLayout(req, done) {
  const layout = LAYOUTS[req.body.layout] || LAYOUTS.classic
  done(layout)
}

router.post('/newsletter/preview', express.json(), (req, res) => {
  withLayout(req, (layout) => {
    const render = Handlebars.compile(layout) // ok: template-injection
    res.type('html').send(render({ title: 'Weekly digest', body: '<p>Preview</p>' }))
  })
})

module.exports = router
