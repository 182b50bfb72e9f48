// corpus: path=src/mail/render.js
const ejs = require('ejs')
const Handlebars = require('handlebars')
const pug = require('pug')
const path = require('node:path')

const TEMPLATES = path.join(__dirname, 'templates')
const compiledWelcome = pug.compileFile(path.join(TEMPLATES, 'welcome.pug'))

function renderWelcome(user) {
  return compiledWelcome({ user }) // ok: template-injection
}

function renderCustom(req) {
  return ejs.render(req.body.template, { user: req.user }) // expect: template-injection
}

function renderCampaign(campaign, recipient) {
  const tpl = Handlebars.compile(campaign.bodyTemplate) // expect: template-injection
  return tpl({ recipient }) // also: template-injection
}

function renderFile(name, data) {
  return ejs.renderFile(path.join(TEMPLATES, `${name}.ejs`), data) // ok: template-injection
}

function renderSnippet(req) {
  return pug.render(req.body.snippet, { user: req.user }) // expect: template-injection
}

module.exports = { renderWelcome, renderCustom, renderCampaign, renderFile, renderSnippet }
