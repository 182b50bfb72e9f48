// corpus: path=src/routes/entitlements.ts
import { readFileSync } from 'node:fs'
import { DOMParser } from '@xmldom/xmldom'
import type { Request, Response } from 'express'
import * as xpath from 'xpath'

const policy = new DOMParser().parseFromString(readFileSync('config/entitlements.xml', 'utf8'), 'text/xml')
const byPartner = xpath.parse('//partner[@id=$partner]/feature/@name')

export function entitlements(req: Request, res: Response) {
  const partner = req.header('x-partner-id') ?? ''
  const features = byPartner.select({ node: policy, variables: { partner } }) as Attr[] // ok: xpath-injection
  res.json(features.map((f) => f.value))
}
