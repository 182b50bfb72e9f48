// corpus: path=src/handlers/orders.ts
import type { APIGatewayProxyHandlerV2, APIGatewayProxyResultV2 } from 'aws-lambda'
import { DynamoDBClient, ExecuteStatementCommand } from '@aws-sdk/client-dynamodb'
import { S3Client, GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3'
import { SecretsManagerClient, GetSecretValueCommand } from '@aws-sdk/client-secrets-manager'
import { getSignedUrl } from '@aws-sdk/s3-request-presigner'
import { unmarshall } from '@aws-sdk/util-dynamodb'

const ddb = new DynamoDBClient({})
const s3 = new S3Client({})
const secrets = new SecretsManagerClient({})
const BUCKET = process.env.IMPORT_BUCKET!
const STRIPE_SECRET_ID = 'prod/payments/stripe' // ok: hardcoded-secret

const archive = new S3Client({
  region: 'eu-west-1',
  credentials: { accessKeyId: 'AKIAQX3VZK7D2MPL4W6N', secretAccessKey: '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' }, // expect: hardcoded-secret
})

function fail(err: unknown): APIGatewayProxyResultV2 {
  const e = err instanceof Error ? err : new Error(String(err))
  return { statusCode: 500, body: JSON.stringify({ message: e.message, stack: e.stack }) } // expect: error-exposure
}

export const getOrder: APIGatewayProxyHandlerV2 = async (event) => {
  try {
    const id = event.pathParameters?.id ?? ''
    const status = event.queryStringParameters?.status ?? 'open'
    const out = await ddb.send(new ExecuteStatementCommand({ Statement: `SELECT * FROM "Orders" WHERE pk = '${id}' AND status = '${status}'` })) // expect: sql-injection
    return { statusCode: 200, body: JSON.stringify((out.Items ?? []).map((i) => unmarshall(i))) }
  } catch (err) {
    return fail(err)
  }
}

export const listOrders: APIGatewayProxyHandlerV2 = async (event) => {
  const customer = event.queryStringParameters?.customer ?? ''
  const out = await ddb.send( // ok: sql-injection
    new ExecuteStatementCommand({ Statement: 'SELECT * FROM "Orders"."byCustomer" WHERE customer = ?', Parameters: [{ S: customer }] }),
  )
  return { statusCode: 200, body: JSON.stringify((out.Items ?? []).map((i) => unmarshall(i))) }
}

export const importFromUrl: APIGatewayProxyHandlerV2 = async (event) => {
  const { url, name } = JSON.parse(event.body ?? '{}') as { url: string; name: string }
  const res = await fetch(url) // expect: ssrf
  const key = `imports/${crypto.randomUUID()}-${name.replace(/[^\w.-]/g, '_')}`
  await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: new Uint8Array(await res.arrayBuffer()) }))
  const signed = await getSignedUrl(s3, new GetObjectCommand({ Bucket: BUCKET, Key: key }), { expiresIn: 900 })
  return { statusCode: 303, headers: { Location: signed } } // ok: open-redirect
}

export const oauthCallback: APIGatewayProxyHandlerV2 = async (event) => {
  const next = event.queryStringParameters?.next ?? '/'
  return { statusCode: 302, headers: { Location: next } } // expect: open-redirect
}

export const chargeConfig: APIGatewayProxyHandlerV2 = async () => {
  const secret = await secrets.send(new GetSecretValueCommand({ SecretId: STRIPE_SECRET_ID }))
  console.log('loaded stripe secret', secret.SecretString) // expect: sensitive-logging
  console.log('loaded stripe secret version', secret.VersionId) // ok: sensitive-logging
  const legacy = await archive.send(new GetObjectCommand({ Bucket: 'acme-archive', Key: 'pricing.json' }))
  return { statusCode: 200, body: (await legacy.Body?.transformToString()) ?? '{}' }
}
