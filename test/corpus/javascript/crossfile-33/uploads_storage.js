// corpus: path=src/services/storage.js changeset=uploads
'use strict'

const fs = require('fs')
const path = require('path')

const UPLOAD_ROOT = process.env.UPLOAD_ROOT || '/var/lib/app/uploads'
const AVATAR_ROOT = path.join(UPLOAD_ROOT, 'avatars')

function userDir(userId) {
  return path.join(UPLOAD_ROOT, String(Number(userId)))
}

function openUpload(userId, name) {
  return fs.createReadStream(path.join(userDir(userId), name)) // expect: path-traversal
}

function openAvatar(file) {
  return fs.createReadStream(path.join(AVATAR_ROOT, path.basename(file))) // ok: path-traversal
}

module.exports = { openUpload, openAvatar }
