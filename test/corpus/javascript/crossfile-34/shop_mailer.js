// corpus: path=src/services/mailer.js changeset=shop
'use strict'

const fs = require('fs/promises')
const path = require('path')
const Handlebars = require('handlebars')

const TEMPLATES = path.join(__dirname, '..', 'templates')

class Mailer {
  async renderReceipt(template) {
    const render = Handlebars.compile(template) // expect: template-injection
    return render({ shop: 'Example Shop', year: new Date().getFullYear() })
  }

  async sendReceipt(orderId, locale) {
    const lang = ['en', 'de', 'fr'].includes(locale) ? locale : 'en'
    const source = await fs.readFile(path.join(TEMPLATES, `receipt.${lang}.hbs`), 'utf8') // ok: path-traversal
    const render = Handlebars.compile(source)
    return render({ orderId })
  }
}

module.exports = { Mailer }
