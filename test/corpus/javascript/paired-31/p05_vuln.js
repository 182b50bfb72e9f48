// corpus: path=src/routes/directory.js
const express = require('express')
const ldap = require('ldapjs')

const router = express.Router()
const client = ldap.createClient({ url: process.env.LDAP_URL })

function managerFilter(department) {
  return `(&(objectClass=person)(departmentNumber=${department})(title=*Manager*))`
}

function searchPeople(filter, done) {
  const people = []
  client.search('ou=people,dc=example,dc=org', { scope: 'sub', filter, attributes: ['cn', 'mail'] }, (err, search) => { // expect: ldap-injection
    if (err) return done(err)
    search.on('searchEntry', (entry) => people.push(entry.pojo))
    search.on('end', () => done(null, people))
  })
}

router.get('/directory/managers', (req, res, next) => {
  searchPeople(managerFilter(req.query.department), (err, people) => (err ? next(err) : res.json(people)))
})

module.exports = router
