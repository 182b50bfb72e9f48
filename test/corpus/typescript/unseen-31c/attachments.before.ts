import { app, type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions'
import { BlobServiceClient } from '@azure/storage-blob'
import { DefaultAzureCredential } from '@azure/identity'

const blobs = new BlobServiceClient(`https://${process.env.STORAGE_ACCOUNT}.blob.core.windows.net`, new DefaultAzureCredential())
const container = blobs.getContainerClient('attachments')

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
  return { status: 200, body: data, headers: { 'content-type': 'application/octet-stream', 'content-disposition': 'attachment' } }
}

app.http('getAttachment', {
  methods: ['GET'],
  authLevel: 'anonymous',
  route: 'tickets/{ticketId}/attachments',
  handler: getAttachment,
})
