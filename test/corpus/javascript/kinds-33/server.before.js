'use strict'

const http = require('http')
const express = require('express')
const next = require('next')
const helmet = require('helmet')
const compression = require('compression')
const { createYoga } = require('graphql-yoga')
const { schema } = require('./graphql/schema')
const apiRoutes = require('./routes/api')
const logger = require('./logger')

const port = Number(process.env.PORT) || 3000
const dev = process.env.NODE_ENV !== 'production'
const app = next({ dev })
const handle = app.getRequestHandler()

const yoga = createYoga({
  schema,
  graphqlEndpoint: '/graphql',
  context: ({ req }) => ({ user: req.user }),
})

app.prepare().then(() => {
  const server = express()
  server.disable('x-powered-by')
  server.use(helmet({ contentSecurityPolicy: false }))
  server.use(compression())

  server.use('/api', apiRoutes)
  server.use('/graphql', yoga)

  server.use((err, req, res, _next) => {
    logger.error({ err, path: req.path }, 'request failed')
    res.status(500).json({ error: 'internal server error' })
  })

  server.all('*', (req, res) => handle(req, res))

  http.createServer(server).listen(port, () => {
    logger.info({ port }, 'web server listening')
  })
})
