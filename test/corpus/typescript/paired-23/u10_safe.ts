// corpus: path=src/server/cors.ts
import cors from 'cors'
import type { Express } from 'express'

const ALLOWED = new Set(['https://app.example.com', 'https://admin.example.com'])

export function installCors(app: Express) {
  app.use(cors({ origin: (origin, cb) => cb(null, !!origin && ALLOWED.has(origin)), credentials: true })) // ok: permissive-cors
}
