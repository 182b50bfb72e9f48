/**
 * In a new file, a parameter that every call of a local, unexported function fills with a literal holds one of those
 * literals: `attr('href', url)` builds its attribute name from the program's own text. A function that is exported,
 * handed on as a value, or called once with something else is judged with its parameter unknown.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const PAGE = { path: 'public/js/breadcrumbs.js' }
const ESCAPE = "function escapeHtml(s) {\n  return String(s).replace(/[&<>\"']/g, (c) => '&#' + c.charCodeAt(0) + ';')\n}\n"
const ATTR = 'function attr(name, value) {\n  return `${name}="${escapeHtml(value)}"`\n}\n'

testRule(registered('js/xss-sink'), {
  valid: [
    { ...PAGE, code: ESCAPE + ATTR + "function link(l) {\n  return '<a ' + attr('href', l.href) + ' ' + attr('title', l.title) + '>' + escapeHtml(l.text) + '</a>'\n}\nexport function render(items, el) {\n  el.innerHTML = items.map(link).join(' / ')\n}\n" },
  ],
  invalid: [
    // One call names the attribute from the data: the name is no longer the program's own.
    { ...PAGE, code: ESCAPE + ATTR + "function link(l) {\n  return '<a ' + attr(l.attrName, l.href) + '>' + escapeHtml(l.text) + '</a>'\n}\nexport function render(items, el) {\n  el.innerHTML = items.map(link).join(' / ')\n}\n", findings: [{ line: 11 }] },
    // Exported: callers elsewhere may pass anything.
    { ...PAGE, code: ESCAPE + 'export ' + ATTR + "function link(l) {\n  return '<a ' + attr('href', l.href) + '>' + escapeHtml(l.text) + '</a>'\n}\nexport function render(items, el) {\n  el.innerHTML = items.map(link).join(' / ')\n}\n", findings: [{ line: 11 }] },
  ],
})
