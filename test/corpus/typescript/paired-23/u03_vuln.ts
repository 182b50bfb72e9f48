// corpus: path=src/imports/unpack.ts
import fs from 'node:fs'
import path from 'node:path'
import AdmZip from 'adm-zip'

const TARGET = '/srv/imports'

export function unpack(archive: Buffer, batchId: string): string[] {
  const zip = new AdmZip(archive)
  const written: string[] = []
  for (const entry of zip.getEntries()) {
    if (entry.isDirectory) continue
    const dest = path.join(TARGET, batchId, entry.entryName)
    fs.mkdirSync(path.dirname(dest), { recursive: true })
    fs.writeFileSync(dest, entry.getData()) // expect: path-traversal
    written.push(dest)
  }
  return written
}
