// corpus: path=src/logging/rotate.ts
import * as fs from 'node:fs'
import * as path from 'node:path'

export interface RotateOptions {
  dir: string
  base: string
  keep: number
  maxBytes: number
}

export function needsRotation(file: string, maxBytes: number): boolean {
  try {
    return fs.statSync(file).size >= maxBytes
  } catch {
    return false
  }
}

export function rotate(opts: RotateOptions): void {
  const current = path.join(opts.dir, opts.base)
  if (!needsRotation(current, opts.maxBytes)) return
  for (let i = opts.keep - 1; i >= 1; i--) {
    const from = `${current}.${i}`
    if (fs.existsSync(from)) fs.renameSync(from, `${current}.${i + 1}`)
  }
  fs.renameSync(current, `${current}.1`)
  fs.closeSync(fs.openSync(current, 'w'))
}

export function writeHeader(file: string, header: string): void {
  const fd = fs.openSync(file)
  try {
    const stat = fs.fstatSync(fd)
    if (stat.size === 0) fs.writeSync(fd, header) // expect: readonly-file-write
  } finally {
    fs.closeSync(fd)
  }
}

export function writeHeaderV2(file: string, header: string): void {
  const fd = fs.openSync(file, 'a+')
  try {
    const stat = fs.fstatSync(fd)
    if (stat.size === 0) fs.writeSync(fd, header) // ok: readonly-file-write
  } finally {
    fs.closeSync(fd)
  }
}

export function tail(file: string, bytes: number): string {
  const fd = fs.openSync(file, 'r')
  try {
    const size = fs.fstatSync(fd).size
    const start = Math.max(0, size - bytes)
    const buf = Buffer.alloc(size - start)
    fs.readSync(fd, buf, 0, buf.length, start)
    return buf.toString('utf8')
  } finally {
    fs.closeSync(fd)
  }
}

export function pruneArchives(files: string[], keep: number): string[] {
  const sorted = [...files].sort()
  for (const name of sorted) {
    if (sorted.length <= keep) break
    fs.unlinkSync(name)
    sorted.splice(sorted.indexOf(name), 1) // expect: mutate-while-iterating
  }
  return sorted
}

export function pruneArchivesV2(files: string[], keep: number): string[] {
  const sorted = [...files].sort()
  const doomed = sorted.slice(0, Math.max(0, sorted.length - keep))
  for (const name of doomed) fs.unlinkSync(name)
  return sorted.slice(doomed.length)
}
