// corpus: path=src/middleware/cors.ts
import type { NextFunction, Request, Response } from 'express'

const ALLOWED_ORIGINS = new Set((process.env.DASHBOARD_ORIGINS ?? 'https://dashboard.example.com').split(','))

export function corsForDashboard(req: Request, res: Response, next: NextFunction) {
  const origin = req.headers.origin
  if (origin && ALLOWED_ORIGINS.has(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin) // ok: permissive-cors
    res.setHeader('Access-Control-Allow-Credentials', 'true')
    res.setHeader('Vary', 'Origin')
  }
  if (req.method === 'OPTIONS') {
    res.setHeader('Access-Control-Allow-Methods', 'GET,POST,PATCH,DELETE')
    res.setHeader('Access-Control-Allow-Headers', 'Content-Type,Authorization')
    return res.sendStatus(204)
  }
  next()
}
