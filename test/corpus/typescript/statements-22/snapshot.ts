// corpus: path=src/storage/snapshot.ts
import { promises as fs } from 'node:fs'
import * as path from 'node:path'

export interface Snapshot {
  version: number
  savedAt: string
  entries: Record<string, unknown>
}

export async function readSnapshot(file: string): Promise<Snapshot | null> {
  let handle: fs.FileHandle | undefined
  try {
    handle = await fs.open(file)
    const text = await handle.readFile('utf8')
    return JSON.parse(text) as Snapshot
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw err
  } finally {
    await handle?.close()
  }
}

export async function bumpVersion(file: string): Promise<void> {
  const handle = await fs.open(file)
  try {
    const snap = JSON.parse(await handle.readFile('utf8')) as Snapshot
    snap.version += 1
    await handle.write(JSON.stringify(snap), 0) // expect: readonly-file-write
  } finally {
    await handle.close()
  }
}

export async function bumpVersionV2(file: string): Promise<void> {
  const handle = await fs.open(file, 'r+')
  try {
    const snap = JSON.parse(await handle.readFile('utf8')) as Snapshot
    snap.version += 1
    const text = JSON.stringify(snap)
    await handle.truncate(0)
    await handle.write(text, 0) // ok: readonly-file-write
  } finally {
    await handle.close()
  }
}

export async function writeSnapshot(dir: string, snap: Snapshot): Promise<string> {
  const target = path.join(dir, `snapshot-${snap.version}.json`)
  const tmp = `${target}.tmp`
  const handle = await fs.open(tmp, 'w')
  try {
    await handle.writeFile(JSON.stringify(snap)) // ok: readonly-file-write
    await handle.sync()
  } finally {
    await handle.close()
  }
  await fs.rename(tmp, target)
  return target
}

export async function latestVersion(dir: string): Promise<number> {
  let latest = 0
  try {
    for (const name of await fs.readdir(dir)) {
      const m = /^snapshot-(\d+)\.json$/.exec(name)
      if (m) latest = Math.max(latest, Number(m[1]))
    }
  } finally {
    return latest // expect: finally-control-flow
  }
}

export async function latestVersionV2(dir: string): Promise<number> {
  let names: string[]
  try {
    names = await fs.readdir(dir)
  } catch {
    return 0
  }
  let latest = 0
  for (const name of names) {
    const m = /^snapshot-(\d+)\.json$/.exec(name)
    if (m) latest = Math.max(latest, Number(m[1]))
  }
  return latest
}

export async function pruneOld(dir: string, keep: number): Promise<string[]> {
  const names = (await fs.readdir(dir)).filter((n) => n.startsWith('snapshot-')).sort()
  const removed: string[] = []
  while (names.length > keep) {
    const name = names.shift()! // ok: mutate-while-iterating
    await fs.unlink(path.join(dir, name))
    removed.push(name)
  }
  return removed
}
