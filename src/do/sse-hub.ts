import type { StreamRef } from './key-streams'

const encoder = new TextEncoder()
const KEEPALIVE_MS = 15_000

/**
 * Server-Sent Event streams held by a room. Unlike hibernatable WebSockets these keep the
 * object in memory while open, which is the price of serving clients that cannot use WebSockets.
 * Each stream remembers the key it was opened with, so a revocation can end just those.
 */
export class SseHub {
  private readonly writers = new Map<WritableStreamDefaultWriter<Uint8Array>, StreamRef>()
  private keepalive: ReturnType<typeof setInterval> | undefined

  /** `onGone` hears of every stream that leaves the hub, however it ended. */
  constructor(private readonly onGone: (stream: StreamRef) => void) {}

  connect(initial: string[], stream: StreamRef): Response {
    const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>()
    const writer = writable.getWriter()
    this.writers.set(writer, stream)
    // A comment first so proxies flush headers at once; then catch the client up.
    this.write(writer, `: connected\nretry: 2000\n\n${initial.join('')}`)
    writer.closed.catch(() => this.drop(writer))
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
    for (const writer of this.writers.keys()) this.write(writer, frame)
    if (this.writers.size === 0 && this.keepalive) {
      clearInterval(this.keepalive)
      this.keepalive = undefined
    }
  }

  /** Ends the streams opened with `keyId` after `finalFrame`. Returns how many. */
  closeKey(keyId: string, finalFrame: string): number {
    let closed = 0
    for (const [writer, stream] of this.writers) {
      if (stream.keyId !== keyId) continue
      this.end(writer, finalFrame)
      closed++
    }
    return closed
  }

  closeAll(finalFrame: string): void {
    for (const writer of [...this.writers.keys()]) this.end(writer, finalFrame)
  }

  private end(writer: WritableStreamDefaultWriter<Uint8Array>, finalFrame: string): void {
    this.write(writer, finalFrame)
    writer.close().catch(() => {})
    this.drop(writer)
  }

  private drop(writer: WritableStreamDefaultWriter<Uint8Array>): void {
    const stream = this.writers.get(writer)
    if (!stream) return
    this.writers.delete(writer)
    this.onGone(stream)
  }

  private write(writer: WritableStreamDefaultWriter<Uint8Array>, frame: string): void {
    writer.write(encoder.encode(frame)).catch(() => {
      // The client went away; drop it so later broadcasts skip it.
      this.drop(writer)
    })
  }
}
