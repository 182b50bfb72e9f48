// corpus: path=src/services/reports/reports.hooks.js
const { authenticate } = require('@feathersjs/authentication').hooks
const { disallow, iff, isProvider } = require('feathers-hooks-common')
const { BadRequest } = require('@feathersjs/errors')
const vm = require('vm')

const OPERATORS = new Set(['$lt', '$lte', '$gt', '$gte', '$in', '$nin', '$ne'])

function restrictToOwner(context) {
  context.params.query = { ...context.params.query, ownerId: context.params.user.id }
  return context
}

function stripUnknownOperators(context) {
  const query = context.params.query || {}
  for (const [field, value] of Object.entries(query)) {
    if (value && typeof value === 'object') {
      for (const op of Object.keys(value)) if (!OPERATORS.has(op)) delete value[op]
    }
    if (field.startsWith('$') && !['$limit', '$skip', '$sort', '$select'].includes(field)) delete query[field]
  }
  return context
}

function computeDerived(context) {
  const { formula } = context.data
  if (!formula) return context
  const sandbox = { row: context.data.sample || {}, Math }
  context.data.preview = vm.runInNewContext(formula, sandbox, { timeout: 50 }) // expect: code-injection
  return context
}

function checkFormula(context) {
  const { formula } = context.data
  if (formula && !/^[\w\s.+\-*/()]+$/.test(formula)) throw new BadRequest('formula may only use fields and arithmetic')
  return context
}

async function logQuery(context) {
  const { app, params } = context
  app.get('logger').info('report query from %s', params.user && params.user.email)
  app.get('logger').info('report filter ' + JSON.stringify(params.query)) // ok: log-injection
  return context
}

module.exports = {
  before: {
    all: [authenticate('jwt')],
    find: [restrictToOwner, stripUnknownOperators, logQuery],
    get: [restrictToOwner],
    create: [checkFormula, computeDerived],
    update: [disallow('external')],
    patch: [iff(isProvider('external'), restrictToOwner), checkFormula, computeDerived],
    remove: [restrictToOwner],
  },
  after: {
    all: [],
  },
  error: {
    all: [],
  },
}
