export interface Env {
  UPLOADS: R2Bucket
  METADATA: KVNamespace
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url)
    if (request.method === 'GET' && url.pathname.startsWith('/files/')) {
      const id = url.pathname.slice('/files/'.length)
      const object = await env.UPLOADS.get(id)
      if (!object) return new Response('Not found', { status: 404 })
      return new Response(object.body, { headers: { 'Content-Type': object.httpMetadata?.contentType ?? 'application/octet-stream' } })
    }
    return new Response('Not found', { status: 404 })
  },
} satisfies ExportedHandler<Env>
