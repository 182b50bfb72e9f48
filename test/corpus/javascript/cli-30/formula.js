// corpus: path=src/widgets/formula.js
// A spreadsheet cell editor: the user types a formula for the selected cell.
const ALLOWED = /^[\d\s+\-*/().]+$/

export function editFormula(cell) {
  const formula = window.prompt('Formula for ' + cell.id, cell.formula || '')
  if (formula === null) return
  cell.formula = formula
  cell.value = eval(formula) // expect: code-injection
  render(cell)
}

export function editArithmetic(cell) {
  const formula = window.prompt('Arithmetic for ' + cell.id, '')
  if (formula === null || !ALLOWED.test(formula)) return
  cell.value = Function(`"use strict"; return (${formula})`)() // ok: code-injection
  render(cell)
}

function render(cell) {
  const el = document.getElementById(cell.id)
  el.textContent = String(cell.value)
}
