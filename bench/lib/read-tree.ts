import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

/** Every file below `dir`, keyed by its path relative to `dir` (a corpus folder read as one changeset's files). */
export function readTree(dir: string, prefix = ''): Record<string, string> {
  const files: Record<string, string> = {}
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name
    if (entry.isDirectory()) Object.assign(files, readTree(path.join(dir, entry.name), rel))
    else files[rel] = readFileSync(path.join(dir, entry.name), 'utf8')
  }
  return files
}
