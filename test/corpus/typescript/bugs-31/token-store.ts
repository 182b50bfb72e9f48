import { promises as fsp } from 'node:fs'
import path from 'node:path'
import os from 'node:os'

const STORE = path.join(os.homedir(), '.config', 'acme-cli', 'tokens.json')

export type Tokens = Record<string, { token: string; expiresAt: number }>

export async function loadTokens(): Promise<Tokens> {
  try {
    return JSON.parse(await fsp.readFile(STORE, 'utf8')) as Tokens
  } catch {
    return {}
  }
}

export async function saveToken(profile: string, token: string, ttlSeconds: number): Promise<void> {
  const tokens = await loadTokens()
  tokens[profile] = { token, expiresAt: Date.now() + ttlSeconds * 1000 }
  const handle = await fsp.open(STORE)
  try {
    await handle.writeFile(JSON.stringify(tokens, null, 2)) // expect: readonly-file-write
  } finally {
    await handle.close()
  }
}

export async function pruneExpired(): Promise<number> {
  const tokens = await loadTokens()
  let removed = 0
  for (const profile of Object.keys(tokens)) {
    if (tokens[profile]!.expiresAt < Date.now()) {
      delete tokens[profile] // ok: mutate-while-iterating
      removed++
    }
  }
  await fsp.mkdir(path.dirname(STORE), { recursive: true })
  await fsp.writeFile(STORE, JSON.stringify(tokens, null, 2), { mode: 0o600 }) // ok: readonly-file-write
  return removed
}
