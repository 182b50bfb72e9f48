// corpus: path=server/plugins.mjs
import { readFile } from 'node:fs/promises'
import path from 'node:path'

const PLUGIN_DIR = path.resolve('plugins')
const KNOWN = new Map([
  ['markdown', './builtin/markdown.mjs'],
  ['csv', './builtin/csv.mjs'],
])

export async function loadBuiltin(name) {
  const spec = KNOWN.get(name)
  if (!spec) throw new Error(`unknown plugin ${name}`)
  return import(spec) // ok: code-injection
}

export async function loadFromRequest(req) {
  const source = req.body.source
  const mod = eval(source) // expect: code-injection
  return mod
}

export async function loadScript(name) {
  const code = await readFile(path.join(PLUGIN_DIR, `${name}.js`), 'utf8')
  return eval(code) // expect: code-injection
}
