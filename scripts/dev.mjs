// `npm run dev`: migrate the local D1, make sure a development API key exists, then `wrangler dev`.
import { spawn } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { tickCron, TEST_SCHEDULED } from './lib/cron-ticker.mjs'
import { generateApiKey, insertKeySql, randomSecret } from './lib/keys.mjs'
import { wrangler } from './lib/wrangler.mjs'

const DEV_VARS = '.dev.vars'
const DEV_TENANT = 'local-dev'

function readDevVars() {
  if (!existsSync(DEV_VARS)) return {}
  const vars = {}
  for (const line of readFileSync(DEV_VARS, 'utf8').split('\n')) {
    const match = line.match(/^\s*([A-Z0-9_]+)\s*=\s*"?([^"]*)"?\s*$/)
    if (match) vars[match[1]] = match[2]
  }
  return vars
}

function ensureDevVars() {
  const vars = readDevVars()
  const additions = {}
  if (!vars.DEV_API_KEY) additions.DEV_API_KEY = generateApiKey('dev')
  if (!vars.TICKET_SECRET) additions.TICKET_SECRET = randomSecret()
  if (!vars.PAGE_LINK_SECRET) additions.PAGE_LINK_SECRET = randomSecret()
  if (!vars.ADMIN_TOKEN) additions.ADMIN_TOKEN = randomSecret()
  if (Object.keys(additions).length > 0) {
    const lines = Object.entries(additions).map(([k, v]) => `${k}="${v}"`)
    const prefix = existsSync(DEV_VARS) ? '\n' : '# Local secrets for `wrangler dev` (never commit this file).\n'
    writeFileSync(DEV_VARS, prefix + lines.join('\n') + '\n', { flag: 'a' })
  }
  return { ...vars, ...additions }
}

/**
 * `npm run dev -- --port 9000 --ip 0.0.0.0`: the port comes from `--port` (either form), else
 * `PORT`, else 8787, and is passed to wrangler exactly once; every other argument goes through.
 */
function splitPortArgument(args) {
  const rest = []
  let port
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]
    if (arg === '--port') {
      port = args[++i] ?? ''
    } else if (arg.startsWith('--port=')) {
      port = arg.slice('--port='.length)
    } else {
      rest.push(arg)
    }
  }
  return { port, rest }
}

const { port: portArgument, rest: passThrough } = splitPortArgument(process.argv.slice(2))
const port = portArgument ?? process.env.PORT ?? '8787'
if (!/^\d+$/.test(port) || Number(port) > 65535) {
  console.error(`› Invalid port "${port}" (from ${portArgument !== undefined ? '--port' : 'PORT'})`)
  process.exit(2)
}

console.log('› Applying D1 migrations to the local database…')
wrangler(['d1', 'migrations', 'apply', 'DB', '--local'], { quiet: true })

const vars = ensureDevVars()
wrangler(
  ['d1', 'execute', 'DB', '--local', '--command', insertKeySql({ key: vars.DEV_API_KEY, tenantId: DEV_TENANT, tenantName: 'Local development', name: 'development key', scopes: ['read', 'write', 'admin'] })],
  { quiet: true },
)

console.log(`
› Development API key (tenant "${DEV_TENANT}", scopes read+write+admin), from ${DEV_VARS}:

    export CRA_KEY=${vars.DEV_API_KEY}
    curl -s http://localhost:${port}/api/changesets -H "Authorization: Bearer $CRA_KEY" \\
      -H 'content-type: application/json' \\
      -d '{"title":"Try it","author":"me","files":[{"file_path":"app.py","diff_content":"@@ -0,0 +1,2 @@\\n+import pickle\\n+data = pickle.loads(blob)\\n"}]}'

› Docs: http://localhost:${port}/docs
`)

const child = spawn('npx', ['wrangler', 'dev', '--port', port, TEST_SCHEDULED, ...passThrough], { stdio: 'inherit' })
tickCron(`http://127.0.0.1:${port}`)
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code) => process.exit(code ?? 0))
