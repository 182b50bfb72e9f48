// corpus: path=src/server/backups.functions.ts
import { createServerFn } from '@tanstack/react-start'
import { getWebRequest, setResponseHeader } from '@tanstack/react-start/server'
import { redirect } from '@tanstack/react-router'
import { exec, spawn } from 'node:child_process'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { z } from 'zod'
import { requireAdmin } from './auth'

const run = promisify(exec)
const BACKUP_DIR = process.env.BACKUP_DIR ?? '/srv/backups'

export const createBackup = createServerFn({ method: 'POST' })
  .validator(z.object({ database: z.string().min(1), label: z.string().max(80).optional() }))
  .handler(async ({ data }) => {
    await requireAdmin()
    await mkdir(BACKUP_DIR, { recursive: true })
    const stamp = new Date().toISOString().replace(/[:.]/g, '-')
    const file = path.join(BACKUP_DIR, `${stamp}.dump`)
    const { stderr } = await run(`pg_dump --format=custom --file=${file} ${data.database}`) // expect: command-injection
    if (stderr) console.warn('pg_dump wrote to stderr', stderr.length)
    await writeFile(`${file}.json`, JSON.stringify({ label: data.label ?? null, database: data.database, at: stamp }))
    return { file: path.basename(file) }
  })

export const restoreBackup = createServerFn({ method: 'POST' })
  .validator((input: { file: string; database: string }) => input)
  .handler(async ({ data }) => {
    await requireAdmin()
    const dump = path.join(BACKUP_DIR, path.basename(data.file))
    await new Promise<void>((resolve, reject) => {
      const child = spawn('pg_restore', ['--clean', '--if-exists', '--dbname', data.database, dump]) // ok: command-injection
      child.on('error', reject)
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`pg_restore exited with ${code}`))))
    })
    return { restored: true }
  })

export const readBackupMeta = createServerFn({ method: 'GET' })
  .validator((input: { file: string }) => input)
  .handler(async ({ data }) => {
    await requireAdmin()
    const raw = await readFile(path.join(BACKUP_DIR, `${data.file}.json`), 'utf8') // expect: path-traversal
    return JSON.parse(raw) as { label: string | null; database: string; at: string }
  })

export const downloadBackup = createServerFn({ method: 'GET' })
  .validator(z.object({ file: z.string().regex(/^[\w-]+\.dump$/) }))
  .handler(async ({ data }) => {
    await requireAdmin()
    const body = await readFile(path.join(BACKUP_DIR, data.file)) // ok: path-traversal
    setResponseHeader('Content-Disposition', `attachment; filename="${data.file}"`) // ok: header-injection
    return new Response(body, { headers: { 'Content-Type': 'application/octet-stream' } })
  })

export const finishSetup = createServerFn({ method: 'POST' })
  .validator(z.object({ next: z.string().optional() }))
  .handler(async ({ data }) => {
    await requireAdmin()
    const request = getWebRequest()
    console.info('setup finished from', request?.headers.get('user-agent'))
    throw redirect({ href: data.next ?? '/admin' }) // expect: open-redirect
  })
