// corpus: path=server.ts
import { createServer } from 'node:http'
import { parse } from 'node:url'
import next from 'next'
import express from 'express'
import { graphqlHTTP } from 'express-graphql'
import { schema } from './graphql/schema'

const port = Number(process.env.PORT ?? 3000)
const app = next({ dev: true, hostname: '0.0.0.0', port }) // expect: debug-mode
const handle = app.getRequestHandler()

app.prepare().then(() => {
  const api = express()

  api.use(
    '/graphql',
    graphqlHTTP({
      schema,
      graphiql: process.env.NODE_ENV !== 'production', // ok: debug-mode
      customFormatErrorFn: (error) => ({ // expect: debug-mode
        message: error.message,
        locations: error.locations,
        path: error.path,
        stack: error.stack ? error.stack.split('\n') : [],
      }),
    }),
  )

  api.all('*', (req, res) => handle(req, res, parse(req.url, true)))

  createServer(api).listen(port, () => {
    console.log(`> Ready on http://localhost:${port}`)
  })
})
