// corpus: path=src/files/uploads.js
'use strict'

const crypto = require('crypto')
const express = require('express')
const multer = require('multer')
const { S3Client, PutObjectCommand, GetObjectCommand, DeleteObjectCommand } = require('@aws-sdk/client-s3')
const { getSignedUrl } = require('@aws-sdk/s3-request-presigner')
const config = require('../config')
const files = require('./repository')
const { requireUser } = require('../auth/middleware')

const s3 = new S3Client({ region: config.s3.region })
const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 10 * 1024 * 1024, files: 1 } })
const EXTENSIONS = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp', 'application/pdf': 'pdf' }

const router = express.Router()

router.post('/files', requireUser, upload.single('file'), async (req, res) => {
  if (!req.file) return res.status(400).json({ error: 'file is required' })
  const ext = EXTENSIONS[req.file.mimetype]
  if (!ext) return res.status(415).json({ error: 'PNG, JPEG, WebP or PDF only' })

  const key = `uploads/${req.user.id}/${crypto.randomUUID()}.${ext}`
  await s3.send(new PutObjectCommand({
    Bucket: config.s3.bucket,
    Key: key,
    Body: req.file.buffer,
    ContentType: req.file.mimetype,
    ContentMD5: crypto.createHash('md5').update(req.file.buffer).digest('base64'),
    ServerSideEncryption: 'AES256',
  }))
  const record = await files.create({ ownerId: req.user.id, key, name: req.file.originalname.slice(0, 200), size: req.file.size, type: req.file.mimetype })
  res.status(201).json({ id: record.id, name: record.name, size: record.size })
})

router.get('/files/:id/link', requireUser, async (req, res) => {
  const record = await files.findOwned(req.params.id, req.user.id)
  if (!record) return res.status(404).json({ error: 'not found' })
  const url = await getSignedUrl(s3, new GetObjectCommand({ Bucket: config.s3.bucket, Key: record.key }), { expiresIn: 300 })
  res.json({ url, expiresIn: 300 })
})

router.delete('/files/:id', requireUser, async (req, res) => {
  const record = await files.findOwned(req.params.id, req.user.id)
  if (!record) return res.status(404).end()
  await s3.send(new DeleteObjectCommand({ Bucket: config.s3.bucket, Key: record.key }))
  await files.remove(record.id)
  res.status(204).end()
})

module.exports = router
