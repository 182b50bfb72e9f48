// corpus: path=src/app.ts
import { createApp, createRouter, defineEventHandler, getQuery, getRouterParam, readBody, sendRedirect, setResponseHeader, createError, sendStream, getValidatedQuery } from 'h3'
import { createReadStream } from 'node:fs'
import { spawn } from 'node:child_process'
import { join, basename } from 'node:path'
import { z } from 'zod'
import mysql from 'mysql2/promise'

export const app = createApp()
const router = createRouter()

const pool = mysql.createPool({ uri: process.env.DATABASE_URL })
const EXPORTS_DIR = process.env.EXPORTS_DIR ?? '/var/lib/shop/exports'

const ListQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  category: z.enum(['books', 'music', 'games']).optional(),
})

router.get(
  '/api/products',
  defineEventHandler(async (event) => {
    const { page, category } = await getValidatedQuery(event, ListQuery.parse)
    const where = category ? `WHERE category = '${category}'` : ''
    const [rows] = await pool.query(`SELECT id, name, price FROM products ${where} LIMIT 50 OFFSET ${(page - 1) * 50}`) // ok: sql-injection
    return rows
  }),
)

router.get(
  '/api/products/search',
  defineEventHandler(async (event) => {
    const { q } = getQuery(event)
    const [rows] = await pool.query(`SELECT id, name FROM products WHERE name LIKE '%${q}%'`) // expect: sql-injection
    return rows
  }),
)

router.get(
  '/api/products/lookup',
  defineEventHandler(async (event) => {
    const { q } = getQuery(event)
    const [rows] = await pool.execute('SELECT id, name FROM products WHERE name LIKE ?', [`%${String(q ?? '')}%`]) // ok: sql-injection
    return rows
  }),
)

router.get(
  '/api/products/:sku',
  defineEventHandler(async (event) => {
    const sku = getRouterParam(event, 'sku')
    const [rows] = await pool.query(`SELECT * FROM products WHERE sku = "${sku}"`) // expect: sql-injection
    return (rows as unknown[])[0] ?? createError({ statusCode: 404 })
  }),
)

router.get(
  '/exports/:name',
  defineEventHandler((event) => {
    const name = getRouterParam(event, 'name') ?? ''
    setResponseHeader(event, 'Content-Type', 'text/csv')
    return sendStream(event, createReadStream(join(EXPORTS_DIR, name))) // expect: path-traversal
  }),
)

router.get(
  '/exports/safe/:name',
  defineEventHandler((event) => {
    const name = basename(getRouterParam(event, 'name') ?? '')
    setResponseHeader(event, 'Content-Type', 'text/csv')
    return sendStream(event, createReadStream(join(EXPORTS_DIR, name))) // ok: path-traversal
  }),
)

router.post(
  '/api/thumbnails',
  defineEventHandler(async (event) => {
    const body = await readBody<{ image: string; size: string }>(event)
    const proc = spawn(`convert ${join(EXPORTS_DIR, body.image)} -resize ${body.size} /tmp/thumb.png`, { shell: true }) // expect: command-injection
    await new Promise((resolve) => proc.on('close', resolve))
    return { ok: true }
  }),
)

router.post(
  '/api/thumbnails/v2',
  defineEventHandler(async (event) => {
    const body = await readBody<{ image: string; size: string }>(event)
    const size = /^\d{1,4}x\d{1,4}$/.test(body.size) ? body.size : '256x256'
    const proc = spawn('convert', [join(EXPORTS_DIR, basename(body.image)), '-resize', size, '/tmp/thumb.png']) // ok: command-injection
    await new Promise((resolve) => proc.on('close', resolve))
    return { ok: true }
  }),
)

router.get(
  '/go',
  defineEventHandler((event) => {
    const { to } = getQuery(event)
    return sendRedirect(event, String(to), 302) // expect: open-redirect
  }),
)

router.get(
  '/go/internal',
  defineEventHandler((event) => {
    const { to } = getQuery(event)
    const target = typeof to === 'string' && to.startsWith('/') && !to.startsWith('//') ? to : '/'
    return sendRedirect(event, target, 302) // ok: open-redirect
  }),
)

router.get(
  '/api/preview',
  defineEventHandler(async (event) => {
    const { url } = getQuery(event)
    const upstream = await fetch(String(url)) // expect: ssrf
    return upstream.text()
  }),
)

router.get(
  '/api/health',
  defineEventHandler(async () => {
    const [rows] = await pool.query('SELECT 1 AS ok')
    return { db: (rows as Array<{ ok: number }>)[0]?.ok === 1 }
  }),
)

app.use(router)
