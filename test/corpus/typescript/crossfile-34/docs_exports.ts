// corpus: path=src/server/services/exports.ts changeset=docs
import { exec, execFile } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(exec)
const runFile = promisify(execFile)
const DOCS_ROOT = process.env.DOCS_ROOT ?? '/srv/docs'

export class ExportService {
  static async archive(folder: string): Promise<string> {
    const target = `/tmp/docs-${Date.now()}.zip`
    await run(`cd ${DOCS_ROOT} && zip -r ${target} ${folder}`) // expect: command-injection
    return target
  }

  static async archiveOne(folder: string): Promise<string> {
    const target = `/tmp/docs-${Date.now()}.zip`
    await runFile('zip', ['-r', target, '--', folder], { cwd: DOCS_ROOT }) // ok: command-injection
    return target
  }
}
