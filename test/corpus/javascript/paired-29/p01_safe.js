// corpus: path=src/routes/directory.js
const express = require('express')
const ldap = require('ldapjs')
const ldapEscape = require('ldap-escape')

const router = express.Router()
const client = ldap.createClient({ url: process.env.LDAP_URL })

router.post('/directory/lookup', (req, res, next) => {
  const { username } = req.body
  const filter = ldapEscape.filter`(&(objectClass=inetOrgPerson)(uid=${username}))`
  client.search('ou=people,dc=example,dc=com', { filter, scope: 'sub', attributes: ['cn', 'mail'] }, (err, result) => { // ok: ldap-injection
    if (err) return next(err)
    const people = []
    result.on('searchEntry', (entry) => people.push(entry.pojo))
    result.on('end', () => res.json(people))
  })
})

module.exports = router
