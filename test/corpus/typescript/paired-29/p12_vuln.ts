// corpus: path=src/keys/store.ts
import { generateKeyPairSync } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'

export async function createSigningKey(dir: string): Promise<string> {
  const { privateKey } = generateKeyPairSync('ed25519')
  const file = path.join(dir, 'signing-key.pem')
  await writeFile(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o666 }) // expect: insecure-permissions
  return file
}
