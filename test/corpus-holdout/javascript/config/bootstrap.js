// corpus: path=src/bootstrap.js
const { setGlobalDispatcher, Agent } = require('undici')

if (process.env.ALLOW_SELF_SIGNED === '1') {
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0' // expect: tls-verify-disabled
}

setGlobalDispatcher(new Agent({ connect: { timeout: 10_000 } }))
setGlobalDispatcher(new Agent({ connect: { rejectUnauthorized: false } })) // expect: tls-verify-disabled

require('./server')
