const encoder = new TextEncoder()
const KEEPALIVE_MS = 15_000

/**
 * Server-Sent Event streams held by a room. Unlike hibernatable WebSockets these keep the
 * object in memory while open, which is the price of serving clients that cannot use WebSockets.
 */
export class SseHub {
  private readonly writers = new Set<WritableStreamDefaultWriter<Uint8Array>>()
  private keepalive: ReturnType<typeof setInterval> | undefined

  connect(initial: string[]): Response {
    const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>()
    const writer = writable.getWriter()
    this.writers.add(writer)
    // A comment first so proxies flush headers at once; then catch the client up.
    this.write(writer, `: connected\nretry: 2000\n\n${initial.join('')}`)
    writer.closed.catch(() => this.writers.delete(writer))
    this.keepalive ??= setInterval(() => this.broadcast(': keep-alive\n\n'), KEEPALIVE_MS)
    return new Response(readable, {
      headers: {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        'x-accel-buffering': 'no',
      },
    })
  }

  broadcast(frame: string): void {
    for (const writer of this.writers) this.write(writer, frame)
    if (this.writers.size === 0 && this.keepalive) {
      clearInterval(this.keepalive)
      this.keepalive = undefined
    }
  }

  closeAll(finalFrame: string): void {
    for (const writer of this.writers) {
      this.write(writer, finalFrame)
      writer.close().catch(() => {})
    }
    this.writers.clear()
  }

  private write(writer: WritableStreamDefaultWriter<Uint8Array>, frame: string): void {
    writer.write(encoder.encode(frame)).catch(() => {
      // The client went away; drop it so later broadcasts skip it.
      this.writers.delete(writer)
    })
  }
}
