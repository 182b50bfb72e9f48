/**
 * A table of files the Worker serves itself under one path prefix. Names carry a version or a
 * content hash, so a response may be cached forever: a change renames the file, never the bytes
 * behind a name.
 */
export interface StaticAsset {
  body: string
  contentType: string
}

export class AssetTable {
  private readonly assets = new Map<string, StaticAsset>()

  constructor(readonly prefix: string) {}

  /** Registers `body` as `name` and returns the path it is served at. */
  add(name: string, body: string, contentType: string): string {
    this.assets.set(name, { body, contentType })
    return this.prefix + name
  }

  /** Registers `body` as `<stem>-<content hash>.<ext>` and returns the path it is served at. */
  addHashed(stem: string, ext: string, body: string, contentType: string): string {
    return this.add(`${stem}-${contentHash(body)}.${ext}`, body, contentType)
  }

  find(name: string): StaticAsset | undefined {
    return this.assets.get(name)
  }

  names(): string[] {
    return [...this.assets.keys()]
  }
}

/** FNV-1a: a stable short name for our own small files; not a security hash. */
function contentHash(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0).toString(16).padStart(8, '0')
}
