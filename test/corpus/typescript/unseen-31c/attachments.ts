// corpus: path=src/functions/attachments.ts
import { app, type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions'
import { BlobServiceClient } from '@azure/storage-blob'
import { DefaultAzureCredential } from '@azure/identity'
import { spawn } from 'node:child_process'
import { mkdtemp, writeFile, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

const blobs = new BlobServiceClient(`https://${process.env.STORAGE_ACCOUNT}.blob.core.windows.net`, new DefaultAzureCredential())
const container = blobs.getContainerClient('attachments')
const PREVIEWABLE = new Set(['pdf', 'docx', 'xlsx', 'pptx'])

export async function getAttachment(request: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> {
  const ticketId = request.params.ticketId
  const name = request.query.get('name')
  if (!ticketId || !name || !/^[\w.-]{1,128}$/.test(name)) {
    return { status: 400, jsonBody: { error: 'ticketId and name are required' } }
  }
  const blob = container.getBlobClient(`${ticketId}/${name}`)
  if (!(await blob.exists())) return { status: 404 }
  const data = await blob.downloadToBuffer()
  context.log(`served attachment for ticket ${ticketId}`)
  // Let the browser show images and PDFs inline with the type the uploader gave them.
  const type = request.query.get('type') ?? 'application/octet-stream'
  return { status: 200, body: data, headers: { 'content-type': type, 'content-disposition': 'inline' } } // expect: header-injection
}

export async function previewAttachment(request: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> {
  const ticketId = request.params.ticketId
  const { name, pages } = (await request.json()) as { name: string; pages?: string }
  const ext = path.extname(name).slice(1).toLowerCase()
  if (!PREVIEWABLE.has(ext)) return { status: 415, jsonBody: { error: 'no preview for this type' } }
  const work = await mkdtemp(path.join(tmpdir(), 'preview-'))
  try {
    const input = path.join(work, name) // the blob's name as uploaded
    await writeFile(input, await container.getBlobClient(`${ticketId}/${path.basename(name)}`).downloadToBuffer()) // expect: path-traversal
    const proc = spawn('sh', ['-c', `soffice --headless --convert-to pdf --outdir ${work} ${input} && pdftoppm -png -f 1 -l ${pages ?? '1'} ${work}/*.pdf ${work}/page`]) // expect: command-injection
    await new Promise<void>((resolve, reject) => proc.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`preview failed: ${code}`)))))
    context.log(`rendered preview for ticket ${ticketId}`)
    return { status: 200, body: await readFile(path.join(work, 'page-1.png')), headers: { 'content-type': 'image/png' } }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

export async function previewAttachmentSafe(request: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> {
  const ticketId = request.params.ticketId
  const { name, pages } = (await request.json()) as { name: string; pages?: string }
  const ext = path.extname(name).slice(1).toLowerCase()
  if (!PREVIEWABLE.has(ext)) return { status: 415, jsonBody: { error: 'no preview for this type' } }
  const lastPage = Math.min(Math.max(Number.parseInt(pages ?? '1', 10) || 1, 1), 20)
  const work = await mkdtemp(path.join(tmpdir(), 'preview-'))
  try {
    const input = path.join(work, `source.${ext}`)
    await writeFile(input, await container.getBlobClient(`${ticketId}/${path.basename(name)}`).downloadToBuffer()) // ok: path-traversal
    const soffice = spawn('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', work, input]) // ok: command-injection
    await new Promise<void>((resolve, reject) => soffice.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`convert failed: ${code}`)))))
    const pdftoppm = spawn('pdftoppm', ['-png', '-f', '1', '-l', String(lastPage), path.join(work, 'source.pdf'), path.join(work, 'page')])
    await new Promise<void>((resolve, reject) => pdftoppm.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`render failed: ${code}`)))))
    context.log(`rendered preview for ticket ${ticketId}`)
    return { status: 200, body: await readFile(path.join(work, 'page-1.png')), headers: { 'content-type': 'image/png' } }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

app.http('getAttachment', {
  methods: ['GET'],
  authLevel: 'anonymous',
  route: 'tickets/{ticketId}/attachments',
  handler: getAttachment,
})

app.http('previewAttachment', {
  methods: ['POST'],
  authLevel: 'anonymous',
  route: 'tickets/{ticketId}/attachments/preview',
  handler: previewAttachment,
})

app.http('previewAttachmentV2', {
  methods: ['POST'],
  authLevel: 'anonymous',
  route: 'tickets/{ticketId}/attachments/preview/v2',
  handler: previewAttachmentSafe,
})
