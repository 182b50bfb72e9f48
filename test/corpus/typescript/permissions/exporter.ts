// corpus: path=src/exports/exporter.ts
import { chmod, mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

const EXPORT_DIR = process.env.EXPORT_DIR ?? '/var/lib/shop/exports'

export async function writeExport(name: string, rows: string[]): Promise<string> {
  await mkdir(EXPORT_DIR, { recursive: true })
  const file = path.join(EXPORT_DIR, `${name}.csv`)
  await writeFile(file, rows.join('\n'), { mode: 0o600 }) // ok: insecure-permissions
  return file
}

export async function shareExport(file: string): Promise<void> {
  // the reporting container mounts this folder and runs as nobody
  await chmod(file, 0o666) // expect: insecure-permissions
}

export async function shareExportV2(file: string): Promise<void> {
  await chmod(file, 0o644) // ok: insecure-permissions
}
