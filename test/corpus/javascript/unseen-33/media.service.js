// corpus: path=services/media.service.js
'use strict'

// Moleculer service behind moleculer-web's API gateway: the "rest" aliases map public HTTP
// routes onto these actions, and ctx.params is the merged query string, route params and body
// the browser sent. Actions without a rest alias are only called by other services on the bus.
const { execFile, exec } = require('child_process')
const fs = require('fs')
const path = require('path')
const crypto = require('crypto')
const axios = require('axios')
const DbService = require('moleculer-db')

const MEDIA_ROOT = '/srv/media'
const PRESETS = { thumb: '160x160', card: '480x320', hero: '1600x900' }

module.exports = {
  name: 'media',
  mixins: [DbService],

  actions: {
    resize: {
      rest: 'POST /resize',
      params: { file: 'string', size: 'string' },
      async handler(ctx) {
        const { file, size } = ctx.params
        const out = path.join(MEDIA_ROOT, 'out', `${crypto.randomUUID()}.jpg`)
        await new Promise((resolve, reject) =>
          exec(`convert ${MEDIA_ROOT}/in/${file} -resize ${size} ${out}`, (err) => (err ? reject(err) : resolve())) // expect: command-injection
        )
        return { out: path.basename(out) }
      },
    },

    resizePreset: {
      rest: 'POST /resize/preset',
      params: { file: 'string', preset: { type: 'enum', values: Object.keys(PRESETS) } },
      async handler(ctx) {
        const src = path.join(MEDIA_ROOT, 'in', path.basename(ctx.params.file))
        const out = path.join(MEDIA_ROOT, 'out', `${crypto.randomUUID()}.jpg`)
        await new Promise((resolve, reject) =>
          execFile('convert', [src, '-resize', PRESETS[ctx.params.preset], out], (err) => (err ? reject(err) : resolve())) // ok: command-injection
        )
        return { out: path.basename(out) }
      },
    },

    download: {
      rest: 'GET /files/:name',
      async handler(ctx) {
        ctx.meta.$responseType = 'application/octet-stream'
        return fs.createReadStream(path.join(MEDIA_ROOT, 'out', ctx.params.name)) // expect: path-traversal
      },
    },

    importFromUrl: {
      rest: 'POST /import',
      params: { url: 'url' },
      async handler(ctx) {
        const res = await axios.get(ctx.params.url, { responseType: 'arraybuffer' }) // expect: ssrf
        const name = `${crypto.randomUUID()}.img`
        await fs.promises.writeFile(path.join(MEDIA_ROOT, 'in', name), res.data)
        return { name }
      },
    },

    caption: {
      rest: 'GET /caption',
      async handler(ctx) {
        ctx.meta.$responseType = 'text/html'
        return `<figure><figcaption>${ctx.params.text}</figcaption></figure>` // expect: xss
      },
    },

    share: {
      rest: 'GET /share',
      async handler(ctx) {
        ctx.meta.$statusCode = 302
        ctx.meta.$location = ctx.params.to // expect: open-redirect
      },
    },

    cleanup: {
      // Called by the scheduler service with names it listed itself; there is no rest alias.
      async handler(ctx) {
        for (const name of ctx.params.names) {
          await fs.promises.rm(path.join(MEDIA_ROOT, 'out', path.basename(name)), { force: true }) // ok: path-traversal
        }
        return { removed: ctx.params.names.length }
      },
    },
  },
}
