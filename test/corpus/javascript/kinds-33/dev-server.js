// corpus: path=dev-server.js
'use strict'

// Local development entry point (npm run dev). Production starts server.js instead; this file
// only ever runs on a developer machine.
const http = require('http')
const inspector = require('inspector')
const express = require('express')
const next = require('next')
const Youch = require('youch')
const { createYoga } = require('graphql-yoga')
const { schema } = require('./graphql/schema')
const apiRoutes = require('./routes/api')

const isDev = process.env.NODE_ENV === 'development'
const port = Number(process.env.PORT) || 3000

if (isDev && process.env.INSPECT === '1') {
  inspector.open(9229, '127.0.0.1') // ok: debug-mode
}

const app = next({ dev: isDev }) // ok: debug-mode
const handle = app.getRequestHandler()

const yoga = createYoga({
  schema,
  maskedErrors: !isDev, // ok: debug-mode
  graphiql: isDev,
})

app.prepare().then(() => {
  const server = express()
  server.use('/api', apiRoutes)
  server.use('/graphql', yoga)

  server.use(async (err, req, res, nextFn) => {
    if (!isDev) return nextFn(err)
    const html = await new Youch(err, req).toHTML()
    res.status(500).type('html').send(html) // ok: debug-mode
  })

  server.use((err, req, res, _next) => {
    console.error(err)
    res.status(500).json({ error: 'internal server error' })
  })

  server.all('*', (req, res) => handle(req, res))
  http.createServer(server).listen(port, () => console.log(`dev server on http://localhost:${port}`))
}).catch((err) => {
  console.error(err)
  process.exit(1)
})
