// corpus: path=src/api/people.js
const Router = require('@koa/router');
const ldap = require('ldapjs');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');
const fs = require('fs');

const router = new Router({ prefix: '/api' });
const BASE = 'ou=staff,dc=corp,dc=local';
const rosterDoc = new DOMParser().parseFromString(fs.readFileSync('/srv/roster.xml', 'utf8'), 'text/xml');
const select = xpath.useNamespaces({ r: 'urn:corp:roster' });

function searchAsync(client, base, options) {
  return new Promise((resolve, reject) => {
    client.search(base, options, (err, res) => {
      if (err) return reject(err);
      const out = [];
      res.on('searchEntry', (e) => out.push(e.pojo));
      res.on('error', reject);
      res.on('end', () => resolve(out));
    });
  });
}

router.get('/people', async (ctx) => {
  const client = ldap.createClient({ url: process.env.LDAP_URL });
  const q = ctx.query.q || '';
  const filter = ldap.parseFilter(`(|(displayName=*${q}*)(mail=${q}*))`); // expect: ldap-injection
  ctx.body = await searchAsync(client, BASE, { scope: 'sub', filter });
});

router.get('/people/by-office', async (ctx) => {
  const client = ldap.createClient({ url: process.env.LDAP_URL });
  const office = String(ctx.query.office || '');
  ctx.body = await searchAsync(client, BASE, { scope: 'sub', filter: new ldap.EqualityFilter({ attribute: 'physicalDeliveryOfficeName', value: office }) }); // ok: ldap-injection
});

router.get('/people/:login', async (ctx) => {
  const client = ldap.createClient({ url: process.env.LDAP_URL });
  client.search(BASE, '(sAMAccountName=' + ctx.params.login + ')', (err, res) => { // expect: ldap-injection
    if (err) ctx.throw(502);
    res.on('searchEntry', (e) => (ctx.body = e.pojo));
  });
});

router.get('/roster/:team', (ctx) => {
  const nodes = select(`//r:member[@team='${ctx.params.team}']`, rosterDoc); // expect: xpath-injection
  ctx.body = nodes.map((n) => n.getAttribute('name'));
});

router.get('/roster', (ctx) => {
  const nodes = select('//r:member', rosterDoc); // ok: xpath-injection
  ctx.body = nodes.length;
});

router.get('/roster/lead/:team', (ctx) => {
  const lead = xpath.evaluate(`string(//r:team[@id="${ctx.params.team}"]/@lead)`, rosterDoc, null, xpath.XPathResult.STRING_TYPE, null); // expect: xpath-injection
  ctx.body = { lead: lead.stringValue };
});

router.get('/roster/size/:n', (ctx) => {
  const n = Number.parseInt(ctx.params.n, 10);
  ctx.body = xpath.select(`//r:team[count(r:member) > ${n}]`, rosterDoc).length; // ok: xpath-injection
});

module.exports = router;
