/**
 * `new URL(x, location.href)` in the browser resolves `x` against the page's own address: the base lends the result
 * nothing an attacker chose (a relative `x` stays on this site), so only `x` itself decides whether a link is unsafe.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const PAGE = { path: 'extension/content.js' }

testRule(registered('js/xss-sink'), {
  valid: [
    { ...PAGE, code: "const canonical = document.querySelector('link[rel=\"canonical\"]')\nconst a = document.createElement('a')\na.href = new URL(canonical.getAttribute('href'), location.href).href\ndocument.body.appendChild(a)\n" },
    { ...PAGE, code: "const a = document.createElement('a')\na.href = new URL(item.path, document.baseURI).href\ndocument.body.appendChild(a)\n" },
  ],
  invalid: [
    { ...PAGE, code: "const next = new URLSearchParams(location.search).get('next')\nconst a = document.createElement('a')\na.href = new URL(next, location.href).href\ndocument.body.appendChild(a)\n", findings: [{ line: 3 }] },
  ],
})
