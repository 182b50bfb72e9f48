// A Server-Sent Events reader for fetch bodies (Node 20 has no EventSource or WebSocket).

/**
 * @typedef {{ id?: string, event: string, data: string }} SseMessage
 */

/**
 * Yields each message of an event stream as it arrives; comments (keep-alives) are skipped.
 * @param {AsyncIterable<Uint8Array>} body
 * @returns {AsyncGenerator<SseMessage>}
 */
export async function* readSse(body) {
  const decoder = new TextDecoder()
  let buffer = ''
  for await (const chunk of body) {
    buffer += decoder.decode(chunk, { stream: true })
    let end
    while ((end = frameEnd(buffer)) !== null) {
      const message = parseFrame(buffer.slice(0, end.at))
      buffer = buffer.slice(end.at + end.length)
      if (message) yield message
    }
  }
  buffer += decoder.decode()
  const last = buffer.trim() ? parseFrame(buffer) : null
  if (last) yield last
}

/** Where the first frame ends: a blank line in any of the three line-ending styles. */
function frameEnd(buffer) {
  const match = /\r\n\r\n|\n\n|\r\r/.exec(buffer)
  return match ? { at: match.index, length: match[0].length } : null
}

/** @returns {SseMessage | null} */
export function parseFrame(frame) {
  let id
  let event = 'message'
  const data = []
  for (const line of frame.split(/\r\n|\n|\r/)) {
    if (line === '' || line.startsWith(':')) continue
    const colon = line.indexOf(':')
    const field = colon === -1 ? line : line.slice(0, colon)
    let value = colon === -1 ? '' : line.slice(colon + 1)
    if (value.startsWith(' ')) value = value.slice(1)
    if (field === 'data') data.push(value)
    else if (field === 'event') event = value
    else if (field === 'id') id = value
  }
  return data.length > 0 ? { id, event, data: data.join('\n') } : null
}
