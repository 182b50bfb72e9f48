// corpus: path=src/routes/access.ts
import { Router } from 'express'
import { Client, EqualityFilter, OrFilter } from 'ldapts'

export const access = Router()
const ldap = new Client({ url: process.env.LDAP_URL! })

access.post('/access/members', async (req, res) => {
  const groups: string[] = req.body.groups
  const filter = new OrFilter({
    filters: groups.map((g) => new EqualityFilter({ attribute: 'memberOf', value: `cn=${g},ou=groups,dc=corp,dc=example` })),
  })
  const { searchEntries } = await ldap.search('ou=people,dc=corp,dc=example', { filter, attributes: ['uid', 'mail'] }) // ok: ldap-injection
  res.json(searchEntries)
})
