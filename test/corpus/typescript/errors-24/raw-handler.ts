// corpus: path=src/handlers/webhook.ts
import { verifySignature } from '../lib/signature'
import { applyEvent } from '../lib/events'

export async function handleWebhook(request: Request, secret: string): Promise<Response> {
  const body = await request.text()
  if (!(await verifySignature(body, request.headers.get('x-signature'), secret))) {
    return new Response('bad signature', { status: 401 })  // ok: error-exposure
  }
  try {
    await applyEvent(JSON.parse(body))
    return new Response(null, { status: 204 })
  } catch (err: unknown) {
    const e = err as Error
    return new Response(JSON.stringify({ error: e.name, stack: e.stack }), {  // expect: error-exposure
      status: 500,
      headers: { 'content-type': 'application/json' },
    })
  }
}

export async function handleReplay(request: Request): Promise<Response> {
  try {
    const { id } = (await request.json()) as { id: string }
    await applyEvent({ id, replay: true })
    return Response.json({ replayed: id })
  } catch (err) {
    console.warn('replay failed', err instanceof Error ? err.stack : err)  // ok: error-exposure
    return Response.json({ error: 'replay failed' }, { status: 500 })  // ok: error-exposure
  }
}
