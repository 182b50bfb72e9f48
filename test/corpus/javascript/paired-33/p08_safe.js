// corpus: path=src/routes/thumbnails.js
const { exec } = require('child_process')
const path = require('path')
const Router = require('@koa/router')

const UPLOADS = path.join(__dirname, '../../uploads')
const FILE_NAME = /^[a-f0-9]{32}\.(?:png|jpe?g|webp)$/
const router = new Router()

router.post('/thumbnails', async (ctx) => {
  const { file, width } = ctx.request.body
  ctx.assert(FILE_NAME.test(file), 400, 'unknown upload')
  const size = Number.parseInt(width, 10) || 200
  await new Promise((resolve, reject) => {
    exec(`convert ${UPLOADS}/${file} -thumbnail ${size}x ${UPLOADS}/thumbs/${file}`, (err) => (err ? reject(err) : resolve())) // ok: command-injection
  })
  ctx.body = { thumbnail: `/uploads/thumbs/${file}` }
})

module.exports = router
