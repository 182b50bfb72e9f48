/**
 * Text run as code by a browser extension's `chrome.tabs.executeScript({ code })` and by Redis's `EVAL` (a Lua script
 * built from request data); a function injected with its arguments, and a constant script given its values as
 * `KEYS`/`ARGV`, stay quiet, as does another library's `.eval()`.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const EXT = { path: 'extension/background.js' }
const REDIS = { path: 'src/lib/rate-limit.js', head: "const Redis = require('ioredis')\nconst redis = new Redis(process.env.REDIS_URL)\n" }

testRule(registered('js/code-eval'), {
  valid: [
    { ...EXT, code: "chrome.runtime.onMessageExternal.addListener((message, sender) => {\n  chrome.scripting.executeScript({ target: { tabId: sender.tab.id }, func: (term) => highlight(term), args: [String(message.term)] })\n})\n" },
    { ...EXT, code: "chrome.tabs.executeScript(tabId, { file: 'content.js' })\n" },
    { path: REDIS.path, code: `${REDIS.head}async function reset(req, res) {\n  res.json(await redis.eval("return redis.call('DEL', KEYS[1])", 1, \`rl:\${req.body.ip}\`))\n}\nmodule.exports = { reset }\n` },
    { path: 'src/calc.js', code: "const jexl = require('jexl')\nasync function run(req, res) {\n  res.json(await jexl.eval(`price * ${Number(req.query.qty)}`, { price: 3 }))\n}\nmodule.exports = { run }\n" },
  ],
  invalid: [
    { ...EXT, code: "chrome.runtime.onMessageExternal.addListener((message, sender) => {\n  chrome.tabs.executeScript(sender.tab.id, { code: message.code })\n})\n", findings: [{ line: 2 }] },
    { path: REDIS.path, code: `${REDIS.head}async function resetFor(req, res) {\n  res.json(await redis.eval(\`return redis.call('DEL', 'rl:\${req.body.pattern}')\`, 0))\n}\nmodule.exports = { resetFor }\n`, findings: [{ line: 4, message: /Lua/ }] },
  ],
})
