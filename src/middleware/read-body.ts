import type { MiddlewareHandler } from 'hono'
import { ApiError, validationFailed } from '../errors'
import type { AppEnv } from '../types'
import { bodyLimitFor, type BodyLimit } from './body-limit'

// The same media types hono's JSON validator accepts.
const JSON_MEDIA_TYPE = /^application\/([\w.-]+\+)?json$/i

/**
 * Reads every request body once, up front: bounded by the route's limit (413, chunked uploads
 * included), decoded as strict UTF-8 (400 instead of silently storing U+FFFD) and, for JSON,
 * parsed once and checked for lone surrogates (422 naming the field). The validators and
 * handlers then get the checked body from hono's body cache; nothing reads the stream twice.
 */
export function readBody(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const raw = c.req.raw
    if (raw.body === null) return next()
    const bytes = await readLimited(raw, bodyLimitFor(c))
    // Keep the raw request readable for anything that wants the bytes (webhook signatures).
    c.req.raw = new Request(raw, { body: bytes })
    const cache = c.req.bodyCache as Record<string, Promise<unknown>>
    cache.arrayBuffer = Promise.resolve(bytes.buffer)

    // JSON is UTF-8 by definition (RFC 8259); other media types keep their bytes for their routes
    // (every API route takes JSON, so they end in a 415).
    const mediaType = (c.req.header('content-type') ?? '').split(';')[0]!.trim()
    if (!JSON_MEDIA_TYPE.test(mediaType)) return next()
    const text = decodeUtf8(bytes)
    cache.text = Promise.resolve(text)
    if (text.length === 0) return next()

    let parsed: unknown
    try {
      parsed = JSON.parse(text)
    } catch {
      throw new ApiError('bad_request', 'Malformed JSON in request body')
    }
    const illFormed = findIllFormedString(parsed)
    if (illFormed !== undefined) {
      throw validationFailed([{ path: illFormed, message: 'must not contain unpaired UTF-16 surrogates (\\uD800-\\uDFFF)' }])
    }
    // hono's `json()` re-parses the cached text on every call; hand the validator this parse instead.
    c.req.json = <T>() => Promise.resolve(parsed as T)
    return next()
  }
}

export async function readLimited(request: Request, limit: BodyLimit): Promise<Uint8Array<ArrayBuffer>> {
  const tooLarge = () =>
    new ApiError('payload_too_large', `Request body exceeds ${limit.name} (${limit.maxBytes} bytes)`, {
      details: [{ path: limit.name, message: `limit is ${limit.maxBytes} bytes` }],
    })
  const declared = request.headers.get('content-length')
  if (declared !== null && Number(declared) > limit.maxBytes) throw tooLarge()
  // A declared length within the limit is held to by the HTTP framing, so one native read is
  // bounded; the size is checked again for bodies built in-process, which nothing frames.
  if (declared !== null) {
    const bytes = new Uint8Array(await request.arrayBuffer())
    if (bytes.byteLength > limit.maxBytes) throw tooLarge()
    return bytes
  }

  const reader = request.body!.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit.maxBytes) {
      // Stop the upload rather than drain it.
      reader.cancel().catch(() => {})
      throw tooLarge()
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    const at = firstInvalidByte(bytes)
    throw new ApiError('bad_request', 'Request body is not valid UTF-8', {
      details: [{ path: 'body', message: `invalid UTF-8 sequence at byte ${at}` }],
    })
  }
}

/**
 * Offset where the first invalid UTF-8 sequence starts. Streaming decodes of prefixes are
 * monotonic (a valid prefix only has valid prefixes), so a binary search finds it
 * with a few dozen native decodes; only reached for bodies that already failed.
 */
function firstInvalidByte(bytes: Uint8Array): number {
  const validPrefix = (n: number) => {
    try {
      new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes.subarray(0, n), { stream: true })
      return true
    } catch {
      return false
    }
  }
  let lo = 0
  let hi = bytes.length
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    if (validPrefix(mid)) lo = mid
    else hi = mid - 1
  }
  return sequenceStart(bytes, lo)
}

/** Where the sequence that breaks at `at` began: a lead byte whose continuation ran out, else `at`. */
function sequenceStart(bytes: Uint8Array, at: number): number {
  let i = at - 1
  while (i >= 0 && at - i < 4 && (bytes[i]! & 0xc0) === 0x80) i--
  const lead = bytes[i] ?? 0
  const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1
  return i >= 0 && length > at - i ? i : at
}

/** JSON path (`json.files.0.title`) of the first key or string that is not well-formed UTF-16. */
export function findIllFormedString(value: unknown): string | undefined {
  // Iterative, so deeply nested input cannot overflow the stack.
  const stack: Array<[unknown, string]> = [[value, 'json']]
  while (stack.length > 0) {
    const [node, path] = stack.pop()!
    if (typeof node === 'string') {
      if (!node.isWellFormed()) return path
    } else if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push([node[i], `${path}.${i}`])
    } else if (node !== null && typeof node === 'object') {
      const entries = Object.entries(node)
      for (const [key] of entries) if (!key.isWellFormed()) return path
      for (let i = entries.length - 1; i >= 0; i--) stack.push([entries[i]![1], `${path}.${entries[i]![0]}`])
    }
  }
  return undefined
}
