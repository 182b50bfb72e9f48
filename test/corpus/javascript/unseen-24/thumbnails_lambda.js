// corpus: path=functions/thumbnails/handler.js
'use strict'

const { S3Client, GetObjectCommand, PutObjectCommand } = require('@aws-sdk/client-s3')
const { execFile, exec } = require('child_process')
const { promisify } = require('util')
const fs = require('fs/promises')
const os = require('os')
const path = require('path')

const s3 = new S3Client({ region: process.env.AWS_REGION })
const execFileAsync = promisify(execFile)
const execAsync = promisify(exec)
const BUCKET = process.env.MEDIA_BUCKET
const SIZES = { small: '160x160', medium: '480x480', large: '1024x1024' }

function json(statusCode, body) {
  return {
    statusCode,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  }
}

async function download(key) {
  const out = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }))
  const file = path.join(os.tmpdir(), `${Date.now()}-${path.basename(key)}`)
  await fs.writeFile(file, await out.Body.transformToByteArray())
  return file
}

exports.resize = async (event) => {
  const params = event.queryStringParameters || {}
  const key = params.key
  if (!key || !key.startsWith('uploads/')) {
    return json(400, { error: 'key must be under uploads/' })
  }
  const geometry = SIZES[params.size] || SIZES.medium
  const input = await download(key)
  const output = `${input}.thumb.jpg`

  await execFileAsync('convert', [input, '-resize', geometry, output]) // ok: command-injection

  const body = await fs.readFile(output)
  await s3.send(new PutObjectCommand({
    Bucket: BUCKET,
    Key: `thumbs/${params.size || 'medium'}/${path.basename(key)}`,
    Body: body,
    ContentType: 'image/jpeg',
  }))
  return json(200, { key: `thumbs/${params.size || 'medium'}/${path.basename(key)}` })
}

exports.watermark = async (event) => {
  const body = JSON.parse(event.body || '{}')
  const input = await download(body.key)
  const output = `${input}.wm.jpg`
  const label = body.label || 'preview'

  await execAsync(`convert ${input} -gravity south -annotate +0+10 "${label}" ${output}`) // expect: command-injection

  return json(200, { ok: true })
}

exports.info = async (event) => {
  const { key } = event.pathParameters
  const input = await download(key)
  const { stdout } = await execFileAsync('identify', ['-format', '%w %h %m', input]) // ok: command-injection
  const [width, height, format] = stdout.trim().split(' ')
  return json(200, { width: Number(width), height: Number(height), format })
}

exports.cleanup = async (event) => {
  const { dir } = event.queryStringParameters || {}
  const target = path.join(os.tmpdir(), dir)
  await fs.rm(target, { recursive: true, force: true }) // expect: path-traversal
  return json(204, {})
}

exports.preview = async (event) => {
  const name = path.basename(event.queryStringParameters.name || '')
  const file = path.join(os.tmpdir(), 'previews', name)
  const data = await fs.readFile(file) // ok: path-traversal
  return {
    statusCode: 200,
    headers: { 'content-type': 'image/jpeg' },
    body: data.toString('base64'),
    isBase64Encoded: true,
  }
}
