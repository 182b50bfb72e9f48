// corpus: path=lib/transcripts.ts changeset=assistant
import { execFile, exec } from 'node:child_process'
import { promisify } from 'node:util'
import path from 'node:path'

const run = promisify(exec)
const runFile = promisify(execFile)
const TRANSCRIPTS = process.env.TRANSCRIPT_DIR ?? '/var/lib/assistant/transcripts'

export async function exportTranscript(id: string, format: string): Promise<void> {
  await run(`pandoc ${TRANSCRIPTS}/${id}.md -o ${TRANSCRIPTS}/${id}.${format}`) // expect: command-injection
}

export async function exportTranscriptSafely(id: string, format: 'pdf' | 'docx'): Promise<void> {
  const source = path.join(TRANSCRIPTS, `${path.basename(id)}.md`)
  await runFile('pandoc', [source, '-o', source.replace(/\.md$/, `.${format}`)])
}

export function transcriptPath(userId: string, id: string): string {
  return `/transcripts/${encodeURIComponent(userId)}/${encodeURIComponent(id)}`
}
