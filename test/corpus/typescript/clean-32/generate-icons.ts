// corpus: path=scripts/generate-icons.ts
#!/usr/bin/env tsx
/**
 * Renders the app icon in every size the PWA manifest and the app stores need.
 *
 *   pnpm tsx scripts/generate-icons.ts [--source assets/icon.svg] [--check]
 */
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs, promisify } from 'node:util'

const run = promisify(execFile)
const ROOT = path.resolve(import.meta.dirname, '..')
const OUT_DIR = path.join(ROOT, 'public', 'icons')
const SIZES = [16, 32, 48, 72, 96, 128, 144, 152, 192, 384, 512] as const
const MASKABLE_PADDING = 0.1

const { values } = parseArgs({
  options: {
    source: { type: 'string', default: 'assets/icon.svg' },
    check: { type: 'boolean', default: false },
    verbose: { type: 'boolean', short: 'v', default: false },
  },
})

function sha256(data: Buffer | string) {
  return createHash('sha256').update(data).digest('hex')
}

async function render(source: string, size: number, file: string, padding = 0) {
  const inner = Math.round(size * (1 - padding * 2))
  await run('rsvg-convert', ['--width', String(inner), '--height', String(inner), '--output', file, source]) // ok: command-injection
  if (padding > 0) {
    await run('magick', [file, '-gravity', 'center', '-background', '#0f172a', '-extent', `${size}x${size}`, file]) // ok: command-injection
  }
  await run('oxipng', ['--opt', '4', '--strip', 'safe', '--quiet', file])
}

async function main() {
  const source = path.resolve(ROOT, values.source!)
  const sourceHash = sha256(await readFile(source))
  const stampFile = path.join(OUT_DIR, '.source-hash')
  const previous = await readFile(stampFile, 'utf8').catch(() => '')

  if (values.check) {
    if (previous.trim() !== sourceHash) {
      console.error('icons are stale: run pnpm tsx scripts/generate-icons.ts')
      process.exit(1)
    }
    console.log('icons up to date')
    return
  }

  await rm(OUT_DIR, { recursive: true, force: true })
  await mkdir(OUT_DIR, { recursive: true })

  const manifestIcons: Array<{ src: string; sizes: string; type: string; purpose?: string }> = []
  for (const size of SIZES) {
    const file = path.join(OUT_DIR, `icon-${size}.png`)
    await render(source, size, file)
    manifestIcons.push({ src: `/icons/icon-${size}.png`, sizes: `${size}x${size}`, type: 'image/png' })
    if (values.verbose) console.log(`rendered ${path.relative(ROOT, file)}`)
  }
  for (const size of [192, 512]) {
    const file = path.join(OUT_DIR, `maskable-${size}.png`)
    await render(source, size, file, MASKABLE_PADDING)
    manifestIcons.push({ src: `/icons/maskable-${size}.png`, sizes: `${size}x${size}`, type: 'image/png', purpose: 'maskable' })
  }

  const manifestPath = path.join(ROOT, 'public', 'manifest.webmanifest')
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8'))
  manifest.icons = manifestIcons
  await writeFile(manifestPath, JSON.stringify(manifest, null, 2) + '\n')
  await writeFile(stampFile, sourceHash + '\n')

  const written = await readdir(OUT_DIR)
  console.log(`wrote ${written.length - 1} icons from ${path.relative(ROOT, source)} (${sourceHash.slice(0, 12)})`)
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err)
  process.exit(1)
})
