// corpus: path=src/sso/saml.ts
import { DOMParser } from '@xmldom/xmldom'
import libxmljs from 'libxmljs2'
import type { Request, Response } from 'express'

export function acs(req: Request, res: Response) {
  const xml = Buffer.from(String(req.body.SAMLResponse), 'base64').toString('utf8')
  const doc = libxmljs.parseXml(xml, { noent: true }) // expect: xxe
  const nameId = doc.get('//*[local-name()="NameID"]')?.text()
  res.json({ nameId })
}

export function acsSafe(req: Request, res: Response) {
  const xml = Buffer.from(String(req.body.SAMLResponse), 'base64').toString('utf8')
  const doc = new DOMParser().parseFromString(xml, 'text/xml') // ok: xxe
  const nameId = doc.getElementsByTagNameNS('urn:oasis:names:tc:SAML:2.0:assertion', 'NameID')[0]?.textContent
  res.json({ nameId })
}
