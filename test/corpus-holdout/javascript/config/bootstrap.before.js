const { setGlobalDispatcher, Agent } = require('undici')


setGlobalDispatcher(new Agent({ connect: { timeout: 10_000 } }))

require('./server')
