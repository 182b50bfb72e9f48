// Node-side twin of src/auth/keys.ts for scripts that write keys straight to D1.
import { createHash, randomBytes, randomUUID } from 'node:crypto'

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'

export function generateApiKey(kind = 'live') {
  let body = ''
  while (body.length < 40) {
    for (const byte of randomBytes(48)) {
      if (byte < 248 && body.length < 40) body += ALPHABET[byte % 62]
    }
  }
  return `cra_${kind}_${body}`
}

export const hashApiKey = (key) => createHash('sha256').update(key).digest('hex')
export const keyPrefix = (key) => key.slice(0, key.indexOf('_', 4) + 5)
export const randomSecret = () => randomBytes(32).toString('base64url')

const quote = (value) => `'${String(value).replaceAll("'", "''")}'`

/** SQL that creates the tenant if needed and inserts the key; safe to run twice for the same key. */
export function insertKeySql({ key, tenantId, tenantName, name, scopes }) {
  const now = new Date().toISOString()
  return [
    `INSERT OR IGNORE INTO tenants (id, name, created_at) VALUES (${quote(tenantId)}, ${quote(tenantName ?? tenantId)}, ${quote(now)})`,
    `INSERT OR IGNORE INTO api_keys (id, tenant_id, name, prefix, hash, scopes, created_at) VALUES (${quote(randomUUID())}, ${quote(tenantId)}, ${quote(name)}, ${quote(keyPrefix(key))}, ${quote(hashApiKey(key))}, ${quote(JSON.stringify(scopes))}, ${quote(now)})`,
  ].join('; ')
}
