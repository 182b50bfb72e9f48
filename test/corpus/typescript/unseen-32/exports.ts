// corpus: path=functions/exports/handler.ts
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda'
import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3'
import { getSignedUrl } from '@aws-sdk/s3-request-presigner'
import { execFileSync, execSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { Pool } from 'pg'

const s3 = new S3Client({})
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 2 })
const BUCKET = process.env.EXPORT_BUCKET!
const APP_ORIGIN = process.env.APP_ORIGIN ?? 'https://app.example.com'
const EXPORT_COLUMNS: Record<string, string> = { name: 'name', created: 'created_at', size: 'size_bytes' }

function json(statusCode: number, body: unknown): APIGatewayProxyResultV2 {
  return { statusCode, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }
}

function tenantOf(event: APIGatewayProxyEventV2): string {
  const claims = (event.requestContext as { authorizer?: { jwt?: { claims?: Record<string, string> } } }).authorizer?.jwt?.claims
  return claims?.['custom:tenant_id'] ?? ''
}

export async function listExports(event: APIGatewayProxyEventV2): Promise<APIGatewayProxyResultV2> {
  const tenant = tenantOf(event)
  const qs = event.queryStringParameters ?? {}
  const orderBy = EXPORT_COLUMNS[qs.sort ?? 'created'] ?? 'created_at'
  const { rows } = await pool.query(`SELECT id, name, created_at, s3_key FROM exports WHERE tenant_id = $1 ORDER BY ${orderBy} DESC LIMIT 100`, [tenant]) // ok: sql-injection
  return json(200, rows)
}

export async function searchExports(event: APIGatewayProxyEventV2): Promise<APIGatewayProxyResultV2> {
  const tenant = tenantOf(event)
  const name = event.queryStringParameters?.name ?? ''
  const { rows } = await pool.query(`SELECT id, name, created_at FROM exports WHERE tenant_id = $1 AND name ILIKE '%${name}%'`, [tenant]) // expect: sql-injection
  return json(200, rows)
}

export async function downloadExport(event: APIGatewayProxyEventV2): Promise<APIGatewayProxyResultV2> {
  const tenant = tenantOf(event)
  const id = event.pathParameters?.id
  const { rows } = await pool.query('SELECT s3_key, name FROM exports WHERE id = $1 AND tenant_id = $2', [id, tenant])
  if (rows.length === 0) return json(404, { error: 'not found' })
  const filename = event.queryStringParameters?.filename ?? rows[0].name
  const url = await getSignedUrl(
    s3,
    new GetObjectCommand({ Bucket: BUCKET, Key: rows[0].s3_key, ResponseContentDisposition: `attachment; filename="${filename}"` }), // expect: header-injection
    { expiresIn: 300 },
  )
  return { statusCode: 302, headers: { location: url }, body: '' }
}

export async function finishExport(event: APIGatewayProxyEventV2): Promise<APIGatewayProxyResultV2> {
  const back = event.queryStringParameters?.return_to ?? '/exports'
  return { statusCode: 302, headers: { location: back }, body: '' } // expect: open-redirect
}

export async function finishExportLocal(event: APIGatewayProxyEventV2): Promise<APIGatewayProxyResultV2> {
  const back = event.queryStringParameters?.return_to ?? '/exports'
  const target = new URL(back, APP_ORIGIN)
  const location = target.origin === APP_ORIGIN ? target.pathname + target.search : '/exports'
  return { statusCode: 302, headers: { location }, body: '' } // ok: open-redirect
}

export async function convertExport(event: APIGatewayProxyEventV2): Promise<APIGatewayProxyResultV2> {
  const body = JSON.parse(event.body ?? '{}') as { id: string; format: string; sheet?: string }
  const src = `/tmp/${Number(body.id)}.xlsx`
  const out = execSync(`ssconvert --export-type=${body.format} ${src} /tmp/out`, { encoding: 'utf8' }) // expect: command-injection
  return json(200, { log: out })
}

export async function convertExportArgs(event: APIGatewayProxyEventV2): Promise<APIGatewayProxyResultV2> {
  const body = JSON.parse(event.body ?? '{}') as { id: string; format: string; sheet?: string }
  const src = `/tmp/${Number(body.id)}.xlsx`
  const out = execFileSync('ssconvert', ['--export-type', body.format, src, '/tmp/out'], { encoding: 'utf8' }) // ok: command-injection
  return json(200, { log: out })
}

export async function exportLog(event: APIGatewayProxyEventV2): Promise<APIGatewayProxyResultV2> {
  const day = event.pathParameters?.day ?? ''
  const text = readFileSync(`/tmp/logs/${day}.log`, 'utf8') // expect: path-traversal
  return { statusCode: 200, headers: { 'content-type': 'text/plain' }, body: text }
}

export async function exportLogChecked(event: APIGatewayProxyEventV2): Promise<APIGatewayProxyResultV2> {
  const day = event.pathParameters?.day ?? ''
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return json(400, { error: 'bad day' })
  const text = readFileSync(`/tmp/logs/${day}.log`, 'utf8') // ok: path-traversal
  return { statusCode: 200, headers: { 'content-type': 'text/plain' }, body: text }
}

export async function exportPreview(event: APIGatewayProxyEventV2): Promise<APIGatewayProxyResultV2> {
  const title = event.queryStringParameters?.title ?? 'Export'
  return { statusCode: 200, headers: { 'content-type': 'text/html' }, body: `<h1>${title}</h1>` } // expect: xss
}
