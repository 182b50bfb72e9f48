// corpus: path=src/sheets/formula.js
const vm = require('vm');
const { Parser } = require('expr-eval');

const parser = new Parser();
const DEFAULT_EXPR = '(price * qty) - discount';

function evaluateCell(req, res) {
  const { expression, row } = req.body;
  const value = eval(expression); // expect: code-injection
  res.json({ value, row });
}

function evaluateCellSafe(req, res) {
  const { expression, row } = req.body;
  const value = parser.evaluate(expression, row); // ok: code-injection
  res.json({ value });
}

function evaluateSandboxed(req, res) {
  const { expression, row } = req.body;
  const value = vm.runInNewContext(expression, { ...row }, { timeout: 50 }); // expect: code-injection
  res.json({ value });
}

function compileRule(req, res) {
  const rule = req.body.rule;
  const fn = new Function('order', `return (${rule});`); // expect: code-injection
  res.json({ matches: fn(req.body.order) });
}

function defaultTotal(row) {
  return new Function('price', 'qty', 'discount', `return ${DEFAULT_EXPR};`)(row.price, row.qty, row.discount); // ok: code-injection
}

function scheduleReminder(req, res) {
  const message = req.body.message;
  setTimeout('notify("' + message + '")', 1000); // expect: code-injection
  res.status(202).end();
}

function scheduleReminderSafe(req, res) {
  const message = String(req.body.message);
  setTimeout(() => notify(message), 1000); // ok: code-injection
  res.status(202).end();
}

function notify(message) {
  return message;
}

module.exports = { evaluateCell, evaluateCellSafe, evaluateSandboxed, compileRule, defaultTotal, scheduleReminder, scheduleReminderSafe };
