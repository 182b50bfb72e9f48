// corpus: path=src/routes/directory.js
const express = require('express')
const ldap = require('ldapjs')

const router = express.Router()
const client = ldap.createClient({ url: process.env.LDAP_URL })

router.post('/directory/search', (req, res, next) => {
  const filter = new ldap.AndFilter({
    filters: [
      new ldap.EqualityFilter({ attribute: 'objectClass', value: 'person' }),
      new ldap.EqualityFilter({ attribute: 'cn', value: String(req.body.name) }),
    ],
  })
  client.search('ou=people,dc=example,dc=com', { filter, scope: 'sub', attributes: ['cn', 'mail'] }, (err, search) => { // ok: ldap-injection
    if (err) return next(err)
    const people = []
    search.on('searchEntry', (entry) => people.push(entry.pojo))
    search.on('end', () => res.json(people))
  })
})

module.exports = router
