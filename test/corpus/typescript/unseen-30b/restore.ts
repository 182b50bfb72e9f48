// corpus: path=bin/restore.ts
#!/usr/bin/env node
import yargs from 'yargs'
import { hideBin } from 'yargs/helpers'
import tar from 'tar-stream'
import { createGunzip } from 'node:zlib'
import { createWriteStream, mkdirSync, rmSync } from 'node:fs'
import { execSync, execFileSync } from 'node:child_process'
import * as path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

interface Manifest {
  app: string
  createdAt: string
  files: number
}

async function download(url: string): Promise<Readable> {
  const res = await fetch(url)
  if (!res.ok || !res.body) throw new Error(`download failed: ${res.status}`)
  return Readable.fromWeb(res.body as never)
}

// Backups are uploaded by every tenant's own installation; the archive's entry names are theirs.
async function restoreArchive(url: string, dest: string, checked: boolean): Promise<Manifest | undefined> {
  const extract = tar.extract()
  const root = path.resolve(dest)
  let manifest: Manifest | undefined
  extract.on('entry', (header, stream, next) => {
    if (header.name === 'manifest.json') {
      const chunks: Buffer[] = []
      stream.on('data', (c: Buffer) => chunks.push(c))
      stream.on('end', () => {
        manifest = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Manifest
        next()
      })
      return
    }
    if (checked) {
      const target = path.resolve(root, header.name)
      if (!target.startsWith(root + path.sep)) {
        stream.resume()
        next()
        return
      }
      mkdirSync(path.dirname(target), { recursive: true })
      stream.pipe(createWriteStream(target)).on('finish', next) // ok: path-traversal
      return
    }
    const target = path.join(dest, header.name)
    mkdirSync(path.dirname(target), { recursive: true })
    stream.pipe(createWriteStream(target)).on('finish', next) // expect: path-traversal
  })
  await pipeline(await download(url), createGunzip(), extract)
  return manifest
}

const argv = await yargs(hideBin(process.argv))
  .option('url', { type: 'string', demandOption: true, describe: 'backup URL' })
  .option('dest', { type: 'string', default: './restore' })
  .option('checked', { type: 'boolean', default: true })
  .option('clean', { type: 'boolean', default: false })
  .option('after', { type: 'string', describe: 'shell command to run once restored' })
  .strict()
  .parse()

if (argv.clean) rmSync(argv.dest, { recursive: true, force: true }) // ok: path-traversal
mkdirSync(argv.dest, { recursive: true })
const manifest = await restoreArchive(argv.url, argv.dest, argv.checked)
if (manifest) {
  process.stdout.write(`restored ${manifest.files} files of ${manifest.app} from ${manifest.createdAt}\n`)
  execSync(`git -C ${argv.dest} commit -am "restore ${manifest.app} ${manifest.createdAt}"`) // expect: command-injection
  execFileSync('git', ['-C', argv.dest, 'tag', `restore-${Date.now()}`]) // ok: command-injection
}
if (argv.after) execSync(argv.after, { cwd: argv.dest, stdio: 'inherit' }) // ok: command-injection
