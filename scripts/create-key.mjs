// `npm run keys:create -- --tenant acme --name ci [--scopes read,write] [--remote]`
// Bootstraps an API key by writing its hash straight to D1 (local by default). Prints the key once.
import { randomUUID } from 'node:crypto'
import { parseArgs } from 'node:util'
import { generateApiKey, insertKeySql } from './lib/keys.mjs'
import { wrangler } from './lib/wrangler.mjs'

const { values } = parseArgs({
  options: {
    tenant: { type: 'string' },
    'tenant-name': { type: 'string' },
    name: { type: 'string', default: 'bootstrap admin key' },
    scopes: { type: 'string', default: 'read,write,admin' },
    remote: { type: 'boolean', default: false },
  },
})

const scopes = values.scopes.split(',').map((s) => s.trim()).filter(Boolean)
const invalid = scopes.filter((s) => !['read', 'write', 'admin'].includes(s))
if (invalid.length > 0 || scopes.length === 0) {
  console.error(`Unknown scopes: ${invalid.join(', ') || '(none given)'}; use read, write, admin`)
  process.exit(2)
}
const tenantId = values.tenant ?? randomUUID()
const key = generateApiKey('live')
wrangler(['d1', 'execute', 'DB', values.remote ? '--remote' : '--local', '--command', insertKeySql({ key, tenantId, tenantName: values['tenant-name'], name: values.name, scopes })], { quiet: true })
console.log(`Created API key "${values.name}" for tenant ${tenantId} (${scopes.join(', ')}) in the ${values.remote ? 'remote' : 'local'} database.
Store it now; it is not shown again:

  ${key}
`)
