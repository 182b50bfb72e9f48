// Where the service is and which key to send: flags, then the environment, then (against a
// local server only) the development key `npm run dev` wrote to `.dev.vars`.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { usageError } from './errors.mjs'

export const DEFAULT_URL = 'http://localhost:8787'
const DEV_VARS = '.dev.vars'

/**
 * @param {{ url?: string, key?: string }} flags
 * @param {Record<string, string | undefined>} env
 * @param {string} cwd
 * @returns {{ url: string, key: string, keySource: string }}
 */
export function resolveConnection(flags, env, cwd) {
  const url = normalizeUrl(flags.url ?? (env.CRA_URL || undefined) ?? DEFAULT_URL, flags.url ? '--url' : 'CRA_URL')
  if (flags.key !== undefined) {
    if (flags.key.trim() === '') throw usageError('--key is empty')
    return { url, key: flags.key.trim(), keySource: '--key' }
  }
  // CRA_KEY is what `npm run dev` tells people to export, so it works too.
  for (const name of ['CRA_API_KEY', 'CRA_KEY']) {
    const value = env[name]?.trim()
    if (value) return { url, key: value, keySource: name }
  }
  const devVars = path.join(cwd, DEV_VARS)
  if (existsSync(devVars) && isLoopback(url)) {
    const key = readDevVars(readFileSync(devVars, 'utf8')).DEV_API_KEY
    if (key) return { url, key, keySource: DEV_VARS }
  }
  throw usageError(
    `No API key: pass --key or set CRA_API_KEY${isLoopback(url) ? ` (or run from the folder where \`npm run dev\` wrote ${DEV_VARS})` : ''}`,
  )
}

function normalizeUrl(raw, source) {
  let url
  try {
    url = new URL(raw)
  } catch {
    throw usageError(`${source} is not a URL: ${raw}`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw usageError(`${source} must be an http or https URL (got ${raw})`)
  return url.href.replace(/\/+$/, '')
}

/** The development key is only for a server on this machine; never send it anywhere else. */
export function isLoopback(url) {
  const host = new URL(url).hostname
  return host === 'localhost' || host === '[::1]' || /^127\./.test(host)
}

/** The same reading `scripts/dev.mjs` does. */
export function readDevVars(text) {
  /** @type {Record<string, string>} */
  const vars = {}
  for (const line of text.split('\n')) {
    const match = line.match(/^\s*([A-Z0-9_]+)\s*=\s*"?([^"]*)"?\s*$/)
    if (match) vars[match[1]] = match[2]
  }
  return vars
}
