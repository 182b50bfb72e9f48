// corpus: path=functions/handlers.js
const { S3Client, GetObjectCommand } = require('@aws-sdk/client-s3')
const { DynamoDBDocumentClient, QueryCommand } = require('@aws-sdk/lib-dynamodb')
const { DynamoDBClient } = require('@aws-sdk/client-dynamodb')
const { execFileSync, execSync } = require('child_process')
const axios = require('axios')
const serialize = require('node-serialize')
const yaml = require('js-yaml')

const s3 = new S3Client({})
const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({}))
const BUCKET = process.env.ASSETS_BUCKET
const PREVIEW_HOSTS = ['cdn.example.com', 'images.example.com']

exports.thumbnail = async (event) => {
  const key = event.queryStringParameters.key
  const width = parseInt(event.queryStringParameters.width || '320', 10)
  const obj = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: `uploads/${key}` })) // ok: path-traversal
  const input = Buffer.from(await obj.Body.transformToByteArray())
  const out = execFileSync('/opt/bin/convert', ['-', '-resize', `${width}x`, 'png:-'], { input }) // ok: command-injection
  return { statusCode: 200, headers: { 'Content-Type': 'image/png' }, body: out.toString('base64'), isBase64Encoded: true }
}

exports.watermark = async (event) => {
  const body = JSON.parse(event.body)
  const out = execSync(`/opt/bin/convert /tmp/in.png -gravity southeast -annotate 0 "${body.text}" png:-`) // expect: command-injection
  return { statusCode: 200, body: out.toString('base64'), isBase64Encoded: true }
}

exports.linkPreview = async (event) => {
  const target = event.queryStringParameters.url
  const { data } = await axios.get(target, { timeout: 3000 }) // expect: ssrf
  const title = /<title>([^<]*)<\/title>/i.exec(data)
  return { statusCode: 200, body: JSON.stringify({ title: title ? title[1] : null }) }
}

exports.imageProxy = async (event) => {
  const target = new URL(event.queryStringParameters.url)
  if (target.protocol !== 'https:' || !PREVIEW_HOSTS.includes(target.hostname)) {
    return { statusCode: 400, body: JSON.stringify({ error: 'host_not_allowed' }) }
  }
  const res = await axios.get(target.toString(), { responseType: 'arraybuffer' }) // ok: ssrf
  return { statusCode: 200, headers: { 'Content-Type': res.headers['content-type'] }, body: Buffer.from(res.data).toString('base64'), isBase64Encoded: true }
}

exports.unsubscribe = async (event) => {
  const email = event.queryStringParameters.email || ''
  return {
    statusCode: 200,
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
    body: `<html><body><p>${email} has been unsubscribed.</p></body></html>`, // expect: xss
  }
}

exports.unsubscribeJson = async (event) => {
  const email = event.queryStringParameters.email || ''
  return {
    statusCode: 200,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ message: `${email} has been unsubscribed.` }), // ok: xss
  }
}

exports.restoreSession = async (event) => {
  const cookie = (event.headers.cookie || '').split('; ').find((c) => c.startsWith('prefs='))
  if (!cookie) return { statusCode: 204 }
  const prefs = serialize.unserialize(Buffer.from(cookie.slice(6), 'base64').toString()) // expect: unsafe-deserialization
  return { statusCode: 200, body: JSON.stringify(prefs) }
}

exports.importPipeline = async (event) => {
  const spec = yaml.load(event.body) // ok: unsafe-deserialization
  const { Items } = await ddb.send(new QueryCommand({
    TableName: 'pipelines',
    KeyConditionExpression: 'ownerId = :o',
    ExpressionAttributeValues: { ':o': event.requestContext.authorizer.claims.sub }, // ok: nosql-injection
  }))
  return { statusCode: 200, body: JSON.stringify({ steps: (spec.steps || []).length, existing: Items.length }) }
}
