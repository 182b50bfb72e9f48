// corpus: path=src/services/directory.js
const ldap = require('ldapjs')
const express = require('express')

const client = ldap.createClient({ url: process.env.LDAP_URL })
const router = express.Router()

function escapeFilter(value) {
  return String(value).replace(/[\\*()\0]/g, (c) => '\\' + c.charCodeAt(0).toString(16).padStart(2, '0'))
}

router.get('/directory/people', (req, res) => {
  const filter = `(&(objectClass=person)(cn=*${req.query.name}*))`
  client.search('ou=people,dc=example,dc=com', { filter, scope: 'sub' }, (err, result) => { // expect: ldap-injection
    if (err) return res.sendStatus(500)
    const people = []
    result.on('searchEntry', (entry) => people.push(entry.pojo))
    result.on('end', () => res.json(people))
  })
})

router.get('/v2/directory/people', (req, res) => {
  const filter = `(&(objectClass=person)(cn=*${escapeFilter(req.query.name)}*))`
  client.search('ou=people,dc=example,dc=com', { filter, scope: 'sub' }, (err, result) => { // ok: ldap-injection
    if (err) return res.sendStatus(500)
    const people = []
    result.on('searchEntry', (entry) => people.push(entry.pojo))
    result.on('end', () => res.json(people))
  })
})

module.exports = router
