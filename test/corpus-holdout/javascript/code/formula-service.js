// corpus: path=src/services/formula.js
const vm = require('node:vm')
const { Parser } = require('expr-eval')

const parser = new Parser({ operators: { assignment: false } })

function evaluateFormula(formula, row) {
  return parser.evaluate(formula, row) // ok: code-injection
}

function evaluateLegacy(formula, row) {
  const fn = new Function('row', `with (row) { return ${formula} }`) // expect: code-injection
  return fn(row)
}

function evaluateInContext(formula, row) {
  return vm.runInNewContext(formula, { ...row }, { timeout: 50 }) // expect: code-injection
}

function parseConfig(text) {
  return JSON.parse(text) // ok: code-injection
}

function scheduleReminder(callbackName, delayMs) {
  setTimeout('reminders.' + callbackName + '()', delayMs) // expect: code-injection
}

function scheduleSafe(callback, delayMs) {
  setTimeout(callback, delayMs) // ok: code-injection
}

module.exports = { evaluateFormula, evaluateLegacy, evaluateInContext, parseConfig, scheduleReminder, scheduleSafe }
