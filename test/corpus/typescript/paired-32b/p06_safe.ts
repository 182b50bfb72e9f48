// corpus: path=src/routes/directory.ts
import { Router, type Request, type Response } from 'express'
import { AndFilter, Client, EqualityFilter } from 'ldapts'

const router = Router()

async function findPeople(criteria: Record<string, string>) {
  const client = new Client({ url: process.env.LDAP_URL! })
  try {
    await client.bind(process.env.LDAP_BIND_DN!, process.env.LDAP_BIND_PASSWORD!)
    const { searchEntries } = await client.search('ou=people,dc=acme,dc=com', {
      scope: 'sub',
      filter: new AndFilter({ filters: [new EqualityFilter({ attribute: 'objectClass', value: 'person' }), new EqualityFilter({ attribute: 'mail', value: criteria.mail })] }), // ok: ldap-injection
      attributes: ['cn', 'mail', 'title'],
    })
    return searchEntries
  } finally {
    await client.unbind()
  }
}

router.get('/directory', async (req: Request, res: Response) => {
  const criteria = { mail: String(req.query.mail ?? '') }
  res.json(await findPeople(criteria))
})

export default router
