// corpus: path=src/uploads/mime.ts
export const MIME_BY_EXTENSION: Readonly<Record<string, string>> = {
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.json': 'application/json',
  '.pdf': 'application/pdf',
  '.zip': 'application/zip',
  '.gz': 'application/gzip',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.mp3': 'audio/mpeg',
  '.pem': 'application/x-pem-file',
  '.key': 'application/pkcs8',
  '.p12': 'application/x-pkcs12',
  '.crt': 'application/x-x509-ca-cert',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

/** Leading bytes of the formats we accept, checked against the claimed type. */
export const MAGIC_NUMBERS: ReadonlyArray<{ type: string; bytes: number[] }> = [
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/gif', bytes: [0x47, 0x49, 0x46, 0x38] },
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { type: 'application/zip', bytes: [0x50, 0x4b, 0x03, 0x04] },
]

/** Files that must never be uploaded as attachments: keys and credential stores. */
export const BLOCKED_EXTENSIONS = new Set(['.pem', '.key', '.p12', '.pfx', '.jks', '.keystore', '.env', '.npmrc', '.netrc'])

export const BLOCKED_NAMES = new Set(['id_rsa', 'id_ed25519', 'credentials', 'credentials.json', 'service-account.json', '.git-credentials'])

export function mimeFor(name: string): string {
  const dot = name.lastIndexOf('.')
  const ext = dot >= 0 ? name.slice(dot).toLowerCase() : ''
  return MIME_BY_EXTENSION[ext] ?? 'application/octet-stream'
}

export function sniff(head: Uint8Array): string | null {
  for (const { type, bytes } of MAGIC_NUMBERS) {
    if (bytes.every((b, i) => head[i] === b)) return type
  }
  return null
}

export function isBlocked(name: string): boolean {
  const base = name.split('/').pop()!.toLowerCase()
  const dot = base.lastIndexOf('.')
  return BLOCKED_NAMES.has(base) || (dot >= 0 && BLOCKED_EXTENSIONS.has(base.slice(dot)))
}
