// corpus: path=src/server/exporter.ts changeset=reports
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)
const FORMATS = new Set(['csv', 'xlsx', 'pdf'])

export async function runExport(format: string): Promise<void> {
  const chosen = FORMATS.has(format) ? format : 'csv'
  await run('/usr/local/bin/export-reports', ['--format', chosen]) // ok: command-injection
}
