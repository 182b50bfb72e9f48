// corpus: path=src/routes/thumbnails.js
const { exec } = require('child_process')
const path = require('path')
const Router = require('@koa/router')

const UPLOADS = path.join(__dirname, '../../uploads')
const router = new Router()

router.post('/thumbnails', async (ctx) => {
  const { file, width } = ctx.request.body
  const size = Number.parseInt(width, 10) || 200
  await new Promise((resolve, reject) => {
    exec(`convert ${UPLOADS}/${file} -thumbnail ${size}x ${UPLOADS}/thumbs/${file}`, (err) => (err ? reject(err) : resolve())) // expect: command-injection
  })
  ctx.body = { thumbnail: `/uploads/thumbs/${file}` }
})

module.exports = router
