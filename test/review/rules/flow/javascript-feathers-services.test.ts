/**
 * Feathers services: a method named for a service method in a file that imports Feathers is called by
 * the transport with the client's body as `data`, the URL's id as `id` and the query string as
 * `params.query`; the rest of `params` (the authenticated user, the provider) is the server's.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const HEAD = "const { KnexService } = require('@feathersjs/knex')\nconst axios = require('axios')\n"

testRule(registered('js/ssrf'), {
  valid: [
    // The user Feathers authenticated is not the client's text.
    { path: 'src/services/webhooks.class.js', code: `${HEAD}class Webhooks {\n  async create(data, params) {\n    await axios.post(\`\${process.env.HOOKS_URL}/accounts/\${params.user.accountId}\`, { events: data.events })\n    return { ok: true }\n  }\n}\nmodule.exports = { Webhooks }` },
    // The same shape outside a Feathers file is nobody's service.
    { path: 'src/lib/notifier.js', code: "const axios = require('axios')\nclass Notifier {\n  async create(data, params) {\n    return axios.post(data.url, params.body)\n  }\n}\nmodule.exports = { Notifier }" },
  ],
  invalid: [
    { path: 'src/services/webhooks.class.js', code: `${HEAD}class Webhooks {\n  async create(data, params) {\n    const { url } = data\n    await axios.post(url, { type: 'verify' })\n    return { url }\n  }\n}\nmodule.exports = { Webhooks }`, findings: [{ line: 6, message: /the service call's `data`/ }] },
    { path: 'src/services/proxy.js', code: "import { feathers } from '@feathersjs/feathers'\nimport axios from 'axios'\nconst app = feathers()\napp.use('/proxy', {\n  async find(params) {\n    return (await axios.get(params.query.target)).data\n  },\n})", findings: [{ line: 6 }] },
  ],
})

testRule(registered('js/sql-injection'), {
  valid: [
    { path: 'src/services/invoices.class.js', code: `${HEAD}class Invoices extends KnexService {\n  async find(params) {\n    const knex = this.getModel(params)\n    return knex('invoices').whereRaw('account_id = ?', [params.user.accountId]).andWhere('status', params.query.status)\n  }\n}\nmodule.exports = { Invoices }` },
  ],
  invalid: [
    { path: 'src/services/invoices.class.js', code: `${HEAD}class Invoices extends KnexService {\n  async get(id, params) {\n    const knex = this.getModel(params)\n    return knex.raw(\`SELECT * FROM invoices WHERE number = '\${id}'\`)\n  }\n}\nmodule.exports = { Invoices }`, findings: [{ line: 6 }] },
    { path: 'src/services/invoices.class.js', code: `${HEAD}class Invoices extends KnexService {\n  async totals(data, params) {\n    return this.getModel(params).raw(\`SELECT sum(total) FROM invoices WHERE year = \${data.year}\`)\n  }\n}\nmodule.exports = { Invoices }`, findings: [{ line: 5 }] },
  ],
})

testRule(registered('js/path-traversal'), {
  valid: [
    // A helper class in a file that imports Feathers' errors is not a service: its get(key) is the caller's key.
    { path: 'src/lib/templates.js', code: "const { NotFound } = require('@feathersjs/errors')\nconst fs = require('fs')\nclass TemplateCache {\n  get(name, params) {\n    if (!name) throw new NotFound()\n    return fs.readFileSync(`templates/${name}.html`, 'utf8')\n  }\n}\nmodule.exports = { TemplateCache }" },
  ],
  invalid: [
    { path: 'src/services/templates.js', code: "const fs = require('fs')\nconst { feathers } = require('@feathersjs/feathers')\nconst app = feathers()\nclass Templates {\n  async get(name, params) {\n    return fs.promises.readFile(`templates/${name}.html`, 'utf8')\n  }\n}\napp.use('/templates', new Templates())", findings: [{ line: 6 }] },
  ],
})
