/**
 * What a person types at a prompt (readline-sync's `question`, the browser's `prompt`) is not a constant made of the
 * question, and `if (x === null) return` leaves every other value behind it, as a pinned string literal does.
 * Look-alikes: a constant, and a prompt's answer checked against a list.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

testRule(registered('js/shell-injection'), {
  valid: [
    { code: "const readlineSync = require('readline-sync')\nconst { execSync } = require('child_process')\nconst ENVS = ['staging', 'production']\nconst env = readlineSync.question('env: ')\nif (!ENVS.includes(env)) process.exit(1)\nexecSync(`./deploy.sh ${env}`)\n", path: 'scripts/deploy.js' },
  ],
  invalid: [
    { code: "const readlineSync = require('readline-sync')\nconst { execSync } = require('child_process')\nconst tag = readlineSync.question('tag: ')\nexecSync(`git checkout ${tag}`)\n", path: 'scripts/rollback.js', findings: [{ line: 4 }] },
  ],
})

testRule(registered('js/code-eval'), {
  valid: [{ code: "export function calc() {\n  const answer = window.prompt('Continue?', 'yes')\n  if (answer === null) return\n  return eval('1 + 1')\n}\n", path: 'src/calc.js' }],
  invalid: [
    { code: "export function calc() {\n  const formula = window.prompt('Formula', '')\n  return eval(formula)\n}\n", path: 'src/calc.js', findings: [{ line: 3 }] },
    { code: "export function calc() {\n  const formula = prompt('Formula')\n  if (formula === null) return\n  return eval(formula)\n}\n", path: 'src/calc.js', findings: [{ line: 4 }] },
    { code: "export function run(cell, formula) {\n  if (formula === undefined) return\n  cell.value = eval(formula)\n}\n", path: 'src/cells.js', findings: [{ line: 3 }] },
  ],
})
