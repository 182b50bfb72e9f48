// corpus: path=src/functions/files.ts
import { app, type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { exec } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(exec)
const ROOT = '/home/site/exports'

export async function download(request: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> {
  const name = request.params.name
  context.log(`download requested`)
  const body = await fs.readFile(path.join(ROOT, name)) // expect: path-traversal
  return { status: 200, body }
}

export async function downloadSafe(request: HttpRequest): Promise<HttpResponseInit> {
  const name = path.basename(request.params.name ?? '')
  const body = await fs.readFile(path.join(ROOT, name)) // ok: path-traversal
  return { status: 200, body }
}

export async function convert(request: HttpRequest): Promise<HttpResponseInit> {
  const { file, format } = (await request.json()) as { file: string; format: string }
  await run(`soffice --headless --convert-to ${format} ${path.join(ROOT, path.basename(file))}`) // expect: command-injection
  return { status: 202 }
}

export async function bounce(request: HttpRequest): Promise<HttpResponseInit> {
  const next = request.query.get('next') ?? '/'
  return { status: 302, headers: { Location: next } } // expect: open-redirect
}

app.http('download', { methods: ['GET'], route: 'files/{name}', handler: download })
app.http('downloadSafe', { methods: ['GET'], route: 'safe-files/{name}', handler: downloadSafe })
app.http('convert', { methods: ['POST'], handler: convert })
app.http('bounce', { methods: ['GET'], handler: bounce })
