// corpus: path=server.js
'use strict'

const http = require('http')
const inspector = require('inspector')
const util = require('util')
const express = require('express')
const next = require('next')
const helmet = require('helmet')
const compression = require('compression')
const Youch = require('youch')
const { serializeError } = require('serialize-error')
const { createYoga } = require('graphql-yoga')
const { schema } = require('./graphql/schema')
const apiRoutes = require('./routes/api')
const exportRoutes = require('./routes/exports')
const logger = require('./logger')

const port = Number(process.env.PORT) || 3000
const dev = process.env.NODE_ENV !== 'production'
const app = next({ dev })
const handle = app.getRequestHandler()

// Tracking down the memory growth seen on the production pods: attach Chrome DevTools to
// the running process through the pod's port.
inspector.open(9229, '0.0.0.0') // expect: debug-mode

const yoga = createYoga({
  schema,
  graphqlEndpoint: '/graphql',
  maskedErrors: false, // expect: debug-mode
  context: ({ req }) => ({ user: req.user }),
})

// Background export worker: a plain http server next to the web one, used by the admin UI.
const exportsServer = express()
exportsServer.use('/exports', exportRoutes)
exportsServer.use((err, req, res, _next) => {
  logger.error({ err }, 'export failed')
  res.status(err.status || 500).json(serializeError(err)) // expect: debug-mode
})

app.prepare().then(() => {
  const server = express()
  server.disable('x-powered-by')
  server.use(helmet({ contentSecurityPolicy: false }))
  server.use(compression())

  server.use('/api', apiRoutes)
  server.use('/graphql', yoga)

  server.use(async (err, req, res, _next) => {
    logger.error({ err, path: req.path }, 'request failed')
    if (req.accepts('html')) {
      const youch = new Youch(err, req)
      const html = await youch.toHTML()
      return res.status(500).type('html').send(html) // expect: debug-mode
    }
    res.status(500).json({ error: 'internal server error' })
  })

  server.all('*', (req, res) => handle(req, res))

  http.createServer(server).listen(port, () => {
    logger.info({ port }, 'web server listening')
  })

  http.createServer(exportsServer).listen(port + 1, () => {
    logger.info({ port: port + 1 }, 'export server listening')
  })
})

// The webhook receiver is a bare Node server; it answers failures with a dump of the error.
http
  .createServer(async (req, res) => {
    try {
      await require('./webhooks/receive')(req)
      res.writeHead(204)
      res.end()
    } catch (err) {
      res.writeHead(500, { 'Content-Type': 'text/plain' })
      res.end(util.inspect(err, { depth: 4 })) // expect: debug-mode
    }
  })
  .listen(port + 2)
