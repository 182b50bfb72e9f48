const sharp = require('sharp')
const { putObject } = require('../storage')

async function saveAvatar(userId, upload) {
  const png = await sharp(upload.buffer).resize(256, 256).png().toBuffer()
  await putObject(`avatars/${userId}.png`, png, 'image/png')
}

module.exports = { saveAvatar }
