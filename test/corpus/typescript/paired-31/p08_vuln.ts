// corpus: path=src/routes/access.ts
import { Router } from 'express'
import { Client } from 'ldapts'

export const access = Router()
const ldap = new Client({ url: process.env.LDAP_URL! })

access.post('/access/members', async (req, res) => {
  const groups: string[] = req.body.groups
  const filter = `(|${groups.map((g) => `(memberOf=cn=${g},ou=groups,dc=corp,dc=example)`).join('')})`
  const { searchEntries } = await ldap.search('ou=people,dc=corp,dc=example', { filter, attributes: ['uid', 'mail'] }) // expect: ldap-injection
  res.json(searchEntries)
})
