// Flags committed `.env` files (`.env`, `.env.local`, `.env.production`, `prod.env`) that carry
// real-looking secrets. Known false positives: none; `.env.example`/`.sample`/`.template` are skipped.
import type { FileRule } from '../../types'
import { baseName, identifierWords } from '../../source'
import { PROVIDER_TOKEN, classifySecretName, isCommittedEnvFile, isPlaceholder, shannonEntropy } from './util'

const ASSIGNMENT = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*=\s*(.*)$/
const NOT_A_SECRET = /^(?:https?:\/\/[^@\s]*|\d+(?:\.\d+)*|true|false|yes|no|on|off|development|production|staging|test|debug|info|warn|error|localhost|[a-z]+(?:[-_.][a-z]+)*)$/i

const URL_CREDENTIALS = /:\/\/([^\s:@/]*):([^\s@/]*)@/
/** Framework prefixes for values that are shipped to the browser, so public by design. */
const PUBLIC_PREFIX = /^(?:NEXT_PUBLIC_|VITE_|REACT_APP_|EXPO_PUBLIC_|NUXT_PUBLIC_|PUBLIC_|GATSBY_)/
const NON_SECRET_LAST = new Set(['id', 'url', 'uri', 'host', 'hostname', 'port', 'name', 'user', 'username', 'email', 'region', 'bucket', 'domain', 'endpoint', 'path', 'dir', 'file', 'version', 'env', 'mode', 'level', 'timeout', 'ttl'])

function unquote(raw: string): string {
  const v = raw.trim()
  const q = v[0]
  if (q === '"' || q === "'") {
    const end = v.indexOf(q, 1)
    return end === -1 ? v.slice(1) : v.slice(1, end)
  }
  const hash = v.search(/\s#/)
  return (hash === -1 ? v : v.slice(0, hash)).trim()
}

function looksSecret(name: string, value: string): boolean {
  if (isPlaceholder(value)) return false
  const url = URL_CREDENTIALS.exec(value)
  if (url) return isRealPassword(url[1]!, url[2]!)
  if (PROVIDER_TOKEN.test(value)) return true
  if (NOT_A_SECRET.test(value) || PUBLIC_PREFIX.test(name)) return false
  const words = identifierWords(name)
  if (NON_SECRET_LAST.has(words.at(-1) ?? '') || words.includes('public') || words.includes('publishable')) return false
  const entropy = shannonEntropy(value)
  if (classifySecretName(name, 'dotenv') || words.includes('pass') || words.includes('credentials')) return value.length >= 6 && entropy >= 2.2
  return value.length >= 20 && entropy >= 3.5 && !/\s/.test(value)
}

function isRealPassword(user: string, password: string): boolean {
  return password !== '' && password !== user && !/[{}%$]/.test(password) && !isPlaceholder(password)
}

export const envFile: FileRule = {
  kind: 'file',
  meta: {
    id: 'secrets/env-file',
    title: 'Committed .env file with secrets',
    severity: 'critical',
    category: 'security',
    pack: 'secrets',
    tier: 'core',
    languages: ['dotenv'],
    description:
      '`.env` files hold local and deployment secrets and belong in `.gitignore`; once committed, every value in them is in the repository history. Commit a `.env.example` with placeholders instead.',
    examples: {
      bad: 'PORT=3000\nDATABASE_PASSWORD=kR9v!2mQx7Lp\nSTRIPE_SECRET=hT5wZ8qN3cV1bX6m\n',
      good: 'PORT=3000\nNODE_ENV=development\nDATABASE_PASSWORD=\nAPI_KEY=${API_KEY}\n',
    },
  },
  check(file) {
    if (file.changeType === 'deleted' || !isCommittedEnvFile(file.path)) return []
    const names: string[] = []
    let first: number | undefined
    for (const line of file.addedLines) {
      const m = ASSIGNMENT.exec(line.text)
      if (!m || !looksSecret(m[1]!, unquote(m[2]!))) continue
      names.push(m[1]!)
      first ??= line.newLine
    }
    if (first === undefined) return []
    const shown = names.slice(0, 5).map((n) => `\`${n}\``).join(', ') + (names.length > 5 ? `, and ${names.length - 5} more` : '')
    const name = baseName(file.path)
    return [
      {
        line: first,
        message: `\`${name}\` is committed with ${names.length} real-looking secret value${names.length === 1 ? '' : 's'} (${shown}).`,
        suggestion: `Remove it from the repository (\`git rm --cached ${name}\`), add \`.env*\` and \`!.env.example\` to \`.gitignore\`, commit a \`.env.example\` with placeholder values, and rotate every value that was exposed.`,
      },
    ]
  },
}
