// corpus: path=src/routes/permissions.ts
import { readFileSync } from 'node:fs'
import { DOMParser } from '@xmldom/xmldom'
import { Router, type Request, type Response } from 'express'
import * as xpath from 'xpath'

const router = Router()
const policy = new DOMParser().parseFromString(readFileSync('config/policy.xml', 'utf8'), 'text/xml')
const ROLE_NAME = /^[a-z][a-z0-9_-]{0,31}$/

function grantsFor(role: string) {
  return xpath.select(`//role[@name='${role}']/grant/@action`, policy) as Attr[] // ok: xpath-injection
}

function allowedActions(role: string): string[] {
  return grantsFor(role).map((attr) => attr.value)
}

router.get('/permissions/:role', (req: Request, res: Response) => {
  if (!ROLE_NAME.test(req.params.role)) return res.status(400).json({ error: 'invalid role' })
  res.json({ role: req.params.role, actions: allowedActions(req.params.role) })
})

export default router
