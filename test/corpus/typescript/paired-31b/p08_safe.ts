// corpus: path=src/server.ts
import cors from 'cors'
import express from 'express'
import { apiRouter } from './routes'

const app = express()
const ALLOWED = new Set(['https://app.example.com', 'https://admin.example.com'])

app.use(
  cors({
    origin: (origin, callback) => callback(null, origin !== undefined && ALLOWED.has(origin)), // ok: permissive-cors
    credentials: true,
  }),
)
app.use('/api', apiRouter)

export default app
