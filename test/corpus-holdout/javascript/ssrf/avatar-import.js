// corpus: path=src/users/avatar.js
const sharp = require('sharp')
const { putObject } = require('../storage')

async function saveAvatar(userId, upload) {
  const png = await sharp(upload.buffer).resize(256, 256).png().toBuffer()
  await putObject(`avatars/${userId}.png`, png, 'image/png')
}

async function importAvatarFromUrl(userId, avatarUrl) {
  const res = await fetch(avatarUrl) // expect: ssrf
  if (!res.ok) throw new Error(`could not fetch avatar: ${res.status}`)
  const png = await sharp(Buffer.from(await res.arrayBuffer())).resize(256, 256).png().toBuffer()
  await putObject(`avatars/${userId}.png`, png, 'image/png')
}

async function importGravatar(userId, email) {
  const hash = require('node:crypto').createHash('md5').update(email.trim().toLowerCase()).digest('hex') // ok: weak-hash
  const res = await fetch(`https://www.gravatar.com/avatar/${hash}?s=256&d=404`) // ok: ssrf
  if (res.status === 404) return false
  await putObject(`avatars/${userId}.png`, Buffer.from(await res.arrayBuffer()), 'image/png')
  return true
}

module.exports = { saveAvatar, importAvatarFromUrl, importGravatar }
