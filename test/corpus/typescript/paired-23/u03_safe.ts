// corpus: path=src/imports/unpack.ts
import fs from 'node:fs'
import path from 'node:path'
import AdmZip from 'adm-zip'

const TARGET = '/srv/imports'

export function unpack(archive: Buffer, batchId: string): string[] {
  const zip = new AdmZip(archive)
  const root = path.resolve(TARGET, batchId)
  const written: string[] = []
  for (const entry of zip.getEntries()) {
    if (entry.isDirectory) continue
    const dest = path.resolve(root, entry.entryName)
    if (!dest.startsWith(root + path.sep)) throw new Error(`entry escapes the import folder: ${entry.entryName}`)
    fs.mkdirSync(path.dirname(dest), { recursive: true })
    fs.writeFileSync(dest, entry.getData()) // ok: path-traversal
    written.push(dest)
  }
  return written
}
