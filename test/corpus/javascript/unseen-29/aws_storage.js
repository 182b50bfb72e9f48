// corpus: path=src/storage/files.js
'use strict'

const express = require('express')
const { S3Client, GetObjectCommand, PutObjectCommand, DeleteObjectCommand } = require('@aws-sdk/client-s3')
const { getSignedUrl } = require('@aws-sdk/s3-request-presigner')
const { LambdaClient, InvokeCommand } = require('@aws-sdk/client-lambda')
const { randomUUID } = require('crypto')
const crypto = require('crypto')

const s3 = new S3Client({
  region: 'eu-west-1',
  credentials: {
    accessKeyId: 'AKIAQ3EGT7N5XW2LKP4M', // expect: hardcoded-secret
    secretAccessKey: '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', // expect: hardcoded-secret
  },
})
const lambda = new LambdaClient({ region: process.env.AWS_REGION })
const BUCKET = process.env.FILES_BUCKET
const ALLOWED_TYPES = new Set(['image/png', 'image/jpeg', 'application/pdf', 'text/csv'])

const router = express.Router()

router.post('/files/presign', async (req, res) => {
  const key = `users/${req.user.id}/${randomUUID()}`
  const url = await getSignedUrl(s3, new PutObjectCommand({ Bucket: BUCKET, Key: key, ContentType: ALLOWED_TYPES.has(req.body.contentType) ? req.body.contentType : 'application/octet-stream' }), { expiresIn: 300 })
  res.json({ key, url })
})

router.get('/files/:name', async (req, res) => {
  const object = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: `users/${req.user.id}/${req.params.name}` }))
  res.type(object.ContentType || 'application/octet-stream')
  object.Body.pipe(res)
})

router.get('/shared', async (req, res) => {
  const object = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: `shared/${String(req.query.key)}` }))
  object.Body.pipe(res)
})

router.delete('/files/:name', async (req, res) => {
  await s3.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: `users/${req.user.id}/${req.params.name}` }))
  res.sendStatus(204)
})

router.post('/thumbnails', async (req, res) => {
  const result = await lambda.send(new InvokeCommand({
    FunctionName: process.env.THUMBNAIL_FN,
    Payload: Buffer.from(JSON.stringify({ key: `users/${req.user.id}/${req.body.name}`, sizes: [160, 640] })),
  }))
  if (result.FunctionError) return res.status(502).json({ error: 'thumbnail failed' })
  res.json(JSON.parse(Buffer.from(result.Payload).toString()))
})

router.post('/files/:name/checksum', async (req, res) => {
  const object = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: `users/${req.user.id}/${req.params.name}` }))
  const hash = crypto.createHash('md5') // ok: weak-hash
  for await (const chunk of object.Body) hash.update(chunk)
  res.json({ etag: hash.digest('hex') })
})

router.post('/files/:name/share', async (req, res) => {
  const expires = Date.now() + 7 * 24 * 3600 * 1000
  const signature = crypto.createHash('sha1').update(`${req.user.id}:${req.params.name}:${expires}:${process.env.SHARE_SECRET}`).digest('hex') // expect: weak-hash
  res.json({ url: `/s/${req.user.id}/${encodeURIComponent(req.params.name)}?e=${expires}&sig=${signature}` })
})

module.exports = router
