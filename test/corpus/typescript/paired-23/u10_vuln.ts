// corpus: path=src/server/cors.ts
import cors from 'cors'
import type { Express } from 'express'

export function installCors(app: Express) {
  app.use(cors({ origin: (origin, cb) => cb(null, origin ?? true), credentials: true })) // expect: permissive-cors
}
