// corpus: path=src/build/integrity.ts
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'

/** Subresource Integrity values of the third-party scripts the marketing pages load. */
export const THIRD_PARTY_SCRIPTS = [
  {
    src: 'https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js',
    integrity: 'sha384-YvpcrYf0tY3lHB60NNkmXc5s9fDVZLESaAA55NDzOxhy9GkcIdslK1eN7N6jIeHz',
  },
  {
    src: 'https://cdn.jsdelivr.net/npm/alpinejs@3.14.1/dist/cdn.min.js',
    integrity: 'sha384-l8f0VcPi/M1iHPv8egOnY/15TDwqgbOR1anMIJWvU6nLRgZVLTLSaNqi/TOoT5Fh',
  },
] as const

/** Digests of well-known inputs, used by the upload pipeline to skip empty and placeholder files. */
export const KNOWN_DIGESTS = {
  emptySha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  emptySha1: 'da39a3ee5e6b4b0d3255bfef95601890afd80709',
  emptyMd5: 'd41d8cd98f00b204e9800998ecf8427e',
  transparentPixelSha256: '5a5e0a2b6f4ad1a5ad6b1c8bd7a40c6f8d3c8f4a2d5c1e7b9a0f3e6d2c4b8a19',
} as const

/** Pinned release artifacts of the CLI we download in CI, checked before use. */
export const CLI_RELEASES: Record<string, { url: string; sha256: string }> = {
  'linux-x64': {
    url: 'https://github.com/acme/cli/releases/download/v2.8.1/acme-linux-x64.tar.gz',
    sha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
  },
  'darwin-arm64': {
    url: 'https://github.com/acme/cli/releases/download/v2.8.1/acme-darwin-arm64.tar.gz',
    sha256: '60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752',
  },
}

export const PINNED_COMMITS = {
  protobufDefinitions: '4b825dc642cb6eb9a060e54bf8d69288fbee4904',
  designTokens: 'a94a8fe5ccb19ba61c4c0873d391e987982fbbd3',
} as const

export async function verifyArtifact(path: string, platform: string): Promise<void> {
  const release = CLI_RELEASES[platform]
  if (!release) throw new Error(`no pinned release for ${platform}`)
  const digest = createHash('sha256').update(await readFile(path)).digest('hex')
  if (digest !== release.sha256) {
    throw new Error(`checksum mismatch for ${platform}: expected ${release.sha256}, got ${digest}`)
  }
}

export function isKnownEmpty(sha256: string): boolean {
  return sha256 === KNOWN_DIGESTS.emptySha256
}

export function scriptTag(index: number): string {
  const s = THIRD_PARTY_SCRIPTS[index]
  return `<script src="${s.src}" integrity="${s.integrity}" crossorigin="anonymous" defer></script>`
}
