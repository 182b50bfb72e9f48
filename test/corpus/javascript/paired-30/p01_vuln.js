// corpus: path=src/routes/directory.js
const express = require('express')
const ldap = require('ldapjs')

const router = express.Router()
const client = ldap.createClient({ url: process.env.LDAP_URL })

router.post('/directory/search', (req, res, next) => {
  const opts = { filter: `(&(objectClass=person)(cn=${req.body.name}))`, scope: 'sub', attributes: ['cn', 'mail'] }
  client.search('ou=people,dc=example,dc=com', opts, (err, search) => { // expect: ldap-injection
    if (err) return next(err)
    const people = []
    search.on('searchEntry', (entry) => people.push(entry.pojo))
    search.on('end', () => res.json(people))
  })
})

module.exports = router
