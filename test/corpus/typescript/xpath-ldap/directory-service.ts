// corpus: path=src/services/directory.ts
import { Client, EqualityFilter } from 'ldapts';
import { Hono } from 'hono';
import { evaluateXPathToNodes, evaluateXPathToString } from 'fontoxpath';
import { DOMParser } from '@xmldom/xmldom';

const BASE_DN = 'ou=people,dc=example,dc=com';

export interface Person {
  dn: string;
  cn: string;
  mail: string;
}

function newClient(): Client {
  return new Client({ url: process.env.LDAP_URL ?? 'ldaps://ldap.example.com' });
}

export async function findPerson(uid: string): Promise<Person | undefined> {
  const client = newClient();
  try {
    await client.bind(process.env.LDAP_BIND_DN!, process.env.LDAP_BIND_PW!);
    const { searchEntries } = await client.search(BASE_DN, { scope: 'sub', filter: `(uid=${uid})`, attributes: ['cn', 'mail'] }); // expect: ldap-injection
    const entry = searchEntries[0];
    return entry ? { dn: entry.dn, cn: String(entry.cn), mail: String(entry.mail) } : undefined;
  } finally {
    await client.unbind();
  }
}

export async function findByMail(mail: string): Promise<Person[]> {
  const client = newClient();
  try {
    await client.bind(process.env.LDAP_BIND_DN!, process.env.LDAP_BIND_PW!);
    const filter = new EqualityFilter({ attribute: 'mail', value: mail });
    const { searchEntries } = await client.search(BASE_DN, { scope: 'sub', filter }); // ok: ldap-injection
    return searchEntries.map((e) => ({ dn: e.dn, cn: String(e.cn), mail: String(e.mail) }));
  } finally {
    await client.unbind();
  }
}

export async function countPeople(): Promise<number> {
  const client = newClient();
  try {
    const { searchEntries } = await client.search(BASE_DN, { scope: 'one', filter: '(objectClass=person)', attributes: ['dn'] }); // ok: ldap-injection
    return searchEntries.length;
  } finally {
    await client.unbind();
  }
}

const app = new Hono();

app.get('/people/search', async (c) => {
  const term = c.req.query('q') ?? '';
  const client = newClient();
  const { searchEntries } = await client.search(BASE_DN, { filter: '(|(cn=' + term + '*)(sn=' + term + '*))' }); // expect: ldap-injection
  return c.json(searchEntries.map((e) => e.dn));
});

const policies = new DOMParser().parseFromString(process.env.POLICY_XML ?? '<policies/>', 'text/xml');

app.get('/policies/:id', (c) => {
  const id = c.req.param('id');
  const nodes = evaluateXPathToNodes(`//policy[@id="${id}"]`, policies); // expect: xpath-injection
  return c.json({ count: nodes.length });
});

app.get('/policies/:id/owner', (c) => {
  const id = c.req.param('id');
  const owner = evaluateXPathToString('//policy[@id=$id]/owner', policies, null, { id }); // ok: xpath-injection
  return c.json({ owner });
});

export default app;
