// corpus: path=src/media/uploads.js
'use strict'

const crypto = require('node:crypto')
const path = require('node:path')
const { Storage } = require('@google-cloud/storage')
const config = require('../config')
const media = require('./media-repository')

const storage = new Storage()
const bucket = storage.bucket(config.media.bucket)

const ALLOWED_TYPES = new Map([
  ['image/jpeg', '.jpg'],
  ['image/png', '.png'],
  ['image/webp', '.webp'],
  ['application/pdf', '.pdf'],
])
const MAX_BYTES = 20 * 1024 * 1024

async function requestUpload(req, res) {
  const { contentType, size, fileName } = req.body
  const extension = ALLOWED_TYPES.get(contentType)
  if (!extension) return res.status(415).json({ error: 'That file type is not supported.' })
  if (!Number.isInteger(size) || size <= 0 || size > MAX_BYTES) return res.status(413).json({ error: 'Files must be under 20 MB.' })

  const key = `uploads/${req.user.accountId}/${crypto.randomUUID()}${extension}`
  const [uploadUrl] = await bucket.file(key).getSignedUrl({
    version: 'v4',
    action: 'write',
    expires: Date.now() + 10 * 60 * 1000,
    contentType,
    extensionHeaders: { 'x-goog-content-length-range': `0,${MAX_BYTES}` },
  })
  const record = await media.create({
    accountId: req.user.accountId,
    key,
    contentType,
    originalName: path.basename(String(fileName || 'upload')).slice(0, 200),
    status: 'pending',
  })
  res.status(201).json({ id: record.id, uploadUrl })
}

async function downloadLink(req, res) {
  const record = await media.findForAccount(req.params.id, req.user.accountId)
  if (!record) return res.status(404).json({ error: 'Not found' })
  const [url] = await bucket.file(record.key).getSignedUrl({
    version: 'v4',
    action: 'read',
    expires: Date.now() + 5 * 60 * 1000,
    responseDisposition: `attachment; filename="${encodeURIComponent(record.originalName)}"`,
  })
  res.json({ url })
}

module.exports = { requestUpload, downloadLink }
