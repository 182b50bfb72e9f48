// corpus: path=src/server.ts
import cors from 'cors'
import express from 'express'
import { apiRouter } from './routes'

const app = express()

app.use(
  cors({
    origin: (origin, callback) => callback(null, origin ?? true), // expect: permissive-cors
    credentials: true,
  }),
)
app.use('/api', apiRouter)

export default app
