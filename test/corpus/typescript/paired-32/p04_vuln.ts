// corpus: path=src/routes/permissions.ts
import { readFileSync } from 'node:fs'
import { DOMParser } from '@xmldom/xmldom'
import { Router, type Request, type Response } from 'express'
import * as xpath from 'xpath'

const router = Router()
const policy = new DOMParser().parseFromString(readFileSync('config/policy.xml', 'utf8'), 'text/xml')

function grantsFor(role: string) {
  return xpath.select(`//role[@name='${role}']/grant/@action`, policy) as Attr[] // expect: xpath-injection
}

function allowedActions(role: string): string[] {
  return grantsFor(role).map((attr) => attr.value)
}

router.get('/permissions/:role', (req: Request, res: Response) => {
  res.json({ role: req.params.role, actions: allowedActions(req.params.role) })
})

export default router
