import { unhandledPromiseChain } from '../../../../src/review/rules/bugs/js-unhandled-promise-chain'
import { testRule } from '../../rule-tester'

testRule(unhandledPromiseChain, {
  valid: [
    'loadSettings()\n  .then((s) => applySettings(s))\n  .catch((err) => report(err))\n',
    'loadSettings().then(apply).catch(report)\n',
    'loadSettings().then(apply, report)\n',
    'await loadSettings().then(apply)\n',
    'function f() {\n  return loadSettings().then(apply)\n}\n',
    'const p = loadSettings().then(apply)\n',
    'this.ready = loadSettings().then(apply)\n',
    'void loadSettings().then(apply)\n',
    'items.forEach((i) => save(i).then(done))\n',
    "cy.get('button').then(($btn) => $btn.click())\n",
    'const load = () =>\n  fetchAll().then(render)\n',
    '// loadSettings().then(apply)\nconst x = 1\n',
    'fetch(url, {\n  method: "POST",\n}).then((r) => r.json())\n',
    'queue.push({\n  promise: item.arrayBuffer().then((ab) => decode(ab)),\n})\n',
    // promises that never reject: Electron's readiness, custom element definition, web fonts
    "app.whenReady().then(() => {\n  createWindow()\n})\n",
    "customElements.whenDefined('app-shell').then(() => document.body.classList.add('ready'))\n",
    'document.fonts.ready.then(() => measure())\n',
    // an already fulfilled promise: `.then(fn)` queues fn as a microtask
    'Promise.resolve().then(flush)\n',
    'window.Promise.resolve().then(function () {\n  called = false\n  fn()\n})\n',
    'globalThis.Promise.resolve(null).then(() => notify())\n',
  ],
  invalid: [
    {
      code: 'loadSettings().then((settings) => {\n  applySettings(settings)\n})\n',
      findings: [{ line: 1, message: /`loadSettings\(\)\.then\(\.\.\.\)` is not awaited, returned or followed by `\.catch\(\)`/, severity: 'minor' }],
    },
    {
      code: 'function init() {\n  fetchUser(id)\n    .then((u) => setUser(u))\n    .finally(() => setLoading(false))\n}\n',
      findings: [{ line: 3, message: /`fetchUser\(id\)\.then/ }],
    },
    { code: 'Promise.all([a(), b()]).then(([x, y]) => merge(x, y));\nnext()\n', findings: [{ line: 1 }] },
    // an app's own start-up promise can reject
    { code: 'app.start().then(() => {\n  createWindow()\n})\n', findings: [{ line: 1 }] },
    { code: 'app.whenReady().then(loadConfig).then(() => createWindow())\n', findings: [{ line: 1 }] },
    // what Promise.resolve() adopts can reject, and so can a second step
    { code: 'Promise.resolve(loadSettings()).then(apply)\n', findings: [{ line: 1 }] },
    { code: 'Promise.resolve(cached).then(apply)\n', findings: [{ line: 1 }] },
    { code: 'Promise.resolve().then(loadConfig).then(apply)\n', findings: [{ line: 1 }] },
    {
      code: 'useEffect(() => {\n  api.get("/me").then((res) => setMe(res.data))\n}, [])\n',
      findings: [{ line: 2, message: /api\.get\("\/me"\)/ }],
    },
  ],
})
