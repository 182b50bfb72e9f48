// corpus: path=src/routes/directory.js
const express = require('express');
const ldap = require('ldapjs');
const { EqualityFilter, AndFilter } = require('ldapjs');
const ldapEscape = require('ldap-escape');

const router = express.Router();
const BASE = 'ou=people,dc=acme,dc=io';

function client() {
  const c = ldap.createClient({ url: process.env.LDAP_URL });
  c.bind(process.env.LDAP_BIND_DN, process.env.LDAP_BIND_PW, () => {});
  return c;
}

function collect(res, done) {
  const entries = [];
  res.on('searchEntry', (entry) => entries.push(entry.pojo));
  res.on('error', (err) => done(err));
  res.on('end', () => done(null, entries));
}

router.get('/people', (req, res, next) => {
  const name = req.query.name || '';
  const c = client();
  c.search(BASE, { scope: 'sub', filter: `(cn=*${name}*)`, attributes: ['cn', 'mail'] }, (err, search) => { // expect: ldap-injection
    if (err) return next(err);
    collect(search, (e, entries) => (e ? next(e) : res.json(entries)));
  });
});

router.get('/people/:uid', (req, res, next) => {
  const c = client();
  const filter = new EqualityFilter({ attribute: 'uid', value: req.params.uid });
  c.search(BASE, { scope: 'sub', filter, attributes: ['cn', 'mail', 'title'] }, (err, search) => { // ok: ldap-injection
    if (err) return next(err);
    collect(search, (e, entries) => (e ? next(e) : res.json(entries[0] || null)));
  });
});

router.get('/teams/:team/members', (req, res, next) => {
  const c = client();
  const opts = { scope: 'sub', filter: '(&(objectClass=groupOfNames)(cn=' + req.params.team + '))', attributes: ['member'] };
  c.search('ou=teams,dc=acme,dc=io', opts, (err, search) => { // expect: ldap-injection
    if (err) return next(err);
    collect(search, (e, entries) => (e ? next(e) : res.json(entries)));
  });
});

router.get('/lookup', (req, res, next) => {
  const c = client();
  const mail = req.query.mail || '';
  c.search(BASE, { scope: 'sub', filter: ldapEscape.filter`(mail=${mail})` }, (err, search) => { // ok: ldap-injection
    if (err) return next(err);
    collect(search, (e, entries) => (e ? next(e) : res.json(entries)));
  });
});

router.get('/managers', (req, res, next) => {
  const c = client();
  const filter = new AndFilter({
    filters: [new EqualityFilter({ attribute: 'objectClass', value: 'person' }), new EqualityFilter({ attribute: 'title', value: String(req.query.title) })],
  });
  c.search(BASE, { scope: 'sub', filter }, (err, search) => { // ok: ldap-injection
    if (err) return next(err);
    collect(search, (e, entries) => (e ? next(e) : res.json(entries)));
  });
});

router.get('/disabled', (req, res, next) => {
  const c = client();
  c.search(BASE, { scope: 'one', filter: '(nsAccountLock=TRUE)', attributes: ['uid'] }, (err, search) => { // ok: ldap-injection
    if (err) return next(err);
    collect(search, (e, entries) => (e ? next(e) : res.json(entries.map((x) => x.objectName))));
  });
});

router.post('/login', express.json(), (req, res, next) => {
  const { username, password } = req.body;
  const c = client();
  const filter = `(&(objectClass=inetOrgPerson)(uid=${username}))`;
  c.search(BASE, { filter, scope: 'sub' }, (err, search) => { // expect: ldap-injection
    if (err) return next(err);
    collect(search, (e, entries) => {
      if (e || entries.length !== 1) return res.status(401).end();
      ldap.createClient({ url: process.env.LDAP_URL }).bind(entries[0].objectName, password, (bindErr) => res.status(bindErr ? 401 : 204).end());
    });
  });
});

router.get('/by-employee/:num', (req, res, next) => {
  const c = client();
  const num = parseInt(req.params.num, 10);
  c.search(BASE, { scope: 'sub', filter: `(employeeNumber=${num})` }, (err, search) => { // ok: ldap-injection
    if (err) return next(err);
    collect(search, (e, entries) => (e ? next(e) : res.json(entries)));
  });
});

module.exports = router;
