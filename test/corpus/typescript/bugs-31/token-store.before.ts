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
