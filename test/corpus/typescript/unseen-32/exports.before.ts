import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda'
import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3'
import { getSignedUrl } from '@aws-sdk/s3-request-presigner'
import { Pool } from 'pg'

const s3 = new S3Client({})
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 2 })
const BUCKET = process.env.EXPORT_BUCKET!

function json(statusCode: number, body: unknown): APIGatewayProxyResultV2 {
  return { statusCode, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }
}

function tenantOf(event: APIGatewayProxyEventV2): string {
  const claims = (event.requestContext as { authorizer?: { jwt?: { claims?: Record<string, string> } } }).authorizer?.jwt?.claims
  return claims?.['custom:tenant_id'] ?? ''
}

export async function listExports(event: APIGatewayProxyEventV2): Promise<APIGatewayProxyResultV2> {
  const tenant = tenantOf(event)
  const { rows } = await pool.query('SELECT id, name, created_at, s3_key FROM exports WHERE tenant_id = $1 ORDER BY created_at DESC LIMIT 100', [tenant])
  return json(200, rows)
}

export async function downloadExport(event: APIGatewayProxyEventV2): Promise<APIGatewayProxyResultV2> {
  const tenant = tenantOf(event)
  const id = event.pathParameters?.id
  const { rows } = await pool.query('SELECT s3_key FROM exports WHERE id = $1 AND tenant_id = $2', [id, tenant])
  if (rows.length === 0) return json(404, { error: 'not found' })
  const url = await getSignedUrl(s3, new GetObjectCommand({ Bucket: BUCKET, Key: rows[0].s3_key }), { expiresIn: 300 })
  return { statusCode: 302, headers: { location: url }, body: '' }
}
