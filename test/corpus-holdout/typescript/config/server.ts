// corpus: path=src/server.ts
import express, { type ErrorRequestHandler } from 'express'
import https from 'node:https'
import fs from 'node:fs'
import { router } from './routes'

const app = express()
app.use(express.json())
app.use('/api', router)

const onError: ErrorRequestHandler = (err, _req, res, _next) => {
  res.status(500).json({ error: err.message, stack: err.stack }) // expect: debug-mode
}

const onErrorSafe: ErrorRequestHandler = (err, req, res, _next) => {
  req.log?.error({ err }, 'request failed')
  res.status(500).json({ error: 'internal error' }) // ok: debug-mode
}

app.use(process.env.NODE_ENV === 'production' ? onErrorSafe : onError)

const tls = {
  key: fs.readFileSync(process.env.TLS_KEY_PATH ?? 'certs/server.key'),
  cert: fs.readFileSync(process.env.TLS_CERT_PATH ?? 'certs/server.crt'),
  requestCert: true,
  rejectUnauthorized: false, // expect: tls-verify-disabled
}

https.createServer(tls, app).listen(8443)
