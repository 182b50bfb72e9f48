// corpus: path=src/plugins/templates.js
'use strict'

const Joi = require('joi')
const ejs = require('ejs')
const pug = require('pug')
const Handlebars = require('handlebars')
const path = require('path')

const VIEWS = path.join(__dirname, '..', 'views')
const footer = Handlebars.compile('<footer>{{company}} &middot; {{year}}</footer>')

exports.plugin = {
  name: 'templates',
  register(server) {
    server.route({
      method: 'POST',
      path: '/templates/preview',
      options: { auth: 'session' },
      handler(request, h) {
        const { source, sample } = request.payload
        const html = ejs.render(source, sample || {}) // expect: template-injection
        return h.response(html).type('text/html')
      },
    })

    server.route({
      method: 'POST',
      path: '/templates/invoice',
      options: {
        auth: 'session',
        validate: { payload: Joi.object({ customer: Joi.string().max(120), lines: Joi.array() }) },
      },
      async handler(request, h) {
        const html = await ejs.renderFile(path.join(VIEWS, 'invoice.ejs'), request.payload) // ok: template-injection
        return h.response(html).type('text/html')
      },
    })

    server.route({
      method: 'POST',
      path: '/templates/badge',
      options: { auth: 'session' },
      handler(request, h) {
        const layout = request.payload.layout || 'div.badge #{name}'
        const render = pug.compile(layout) // expect: template-injection
        return h.response(render({ name: request.auth.credentials.name })).type('text/html')
      },
    })

    server.route({
      method: 'GET',
      path: '/templates/footer',
      handler(request, h) {
        return h.response(footer({ company: request.query.company, year: new Date().getFullYear() })).type('text/html') // ok: template-injection, xss
      },
    })

    server.route({
      method: 'GET',
      path: '/templates/hello',
      handler(request, h) {
        return h.response('<p>Hello ' + request.query.name + '</p>').type('text/html') // expect: xss
      },
    })

    server.route({
      method: 'GET',
      path: '/templates/hello.json',
      handler(request) {
        return { message: 'Hello ' + request.query.name } // ok: xss
      },
    })
  },
}
