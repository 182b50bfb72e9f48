// corpus: path=src/directory/directory.service.ts
import ldap, { type Client, type SearchOptions } from 'ldapjs'
import type { Request, Response } from 'express'
import { promisify } from 'node:util'

const BASE_DN = process.env.LDAP_BASE_DN ?? 'ou=people,dc=corp,dc=example'

function escapeFilter(value: string): string {
  return value.replace(/[\\*()\0]/g, (c) => '\\' + c.charCodeAt(0).toString(16).padStart(2, '0'))
}

function connect(): Client {
  return ldap.createClient({
    url: process.env.LDAP_URL ?? 'ldaps://ldap.corp.example',
    tlsOptions: { rejectUnauthorized: false }, // expect: tls-verify-disabled
    reconnect: true,
  })
}

function connectVerified(): Client {
  return ldap.createClient({
    url: process.env.LDAP_URL ?? 'ldaps://ldap.corp.example',
    tlsOptions: { ca: [process.env.LDAP_CA_PEM ?? ''], rejectUnauthorized: true }, // ok: tls-verify-disabled
  })
}

function search(client: Client, opts: SearchOptions): Promise<Record<string, unknown>[]> {
  return new Promise((resolve, reject) => {
    client.search(BASE_DN, opts, (err, res) => { // expect: ldap-injection
      if (err) return reject(err)
      const entries: Record<string, unknown>[] = []
      res.on('searchEntry', (entry) => entries.push(entry.pojo))
      res.on('error', reject)
      res.on('end', () => resolve(entries))
    })
  })
}

export async function lookupPeople(req: Request, res: Response) {
  const client = connect()
  const name = String(req.query.name ?? '')
  const entries = await search(client, { scope: 'sub', filter: `(&(objectClass=person)(cn=*${name}*))`, attributes: ['cn', 'mail', 'title'] })
  client.unbind()
  res.json(entries)
}

export async function lookupPeopleEscaped(req: Request, res: Response) {
  const client = connectVerified()
  const name = escapeFilter(String(req.query.name ?? ''))
  const entries = await search(client, { scope: 'sub', filter: `(&(objectClass=person)(cn=*${name}*))`, attributes: ['cn', 'mail'] }) // ok: ldap-injection
  client.unbind()
  res.json(entries)
}

export async function lookupByMail(req: Request, res: Response) {
  const client = connectVerified()
  const filter = new ldap.EqualityFilter({ attribute: 'mail', value: String(req.params.mail) })
  const entries = await search(client, { scope: 'sub', filter, attributes: ['cn', 'mail', 'manager'] }) // ok: ldap-injection
  client.unbind()
  res.json(entries[0] ?? null)
}

export async function login(req: Request, res: Response) {
  const { username, password } = req.body as { username: string; password: string }
  const client = connectVerified()
  const bind = promisify(client.bind.bind(client))
  try {
    await bind(`uid=${username},${BASE_DN}`, password)
    res.json({ ok: true })
  } catch {
    console.info('ldap bind failed', { username, password }) // expect: sensitive-logging
    res.status(401).json({ error: 'invalid credentials' })
  } finally {
    client.unbind()
  }
}

export async function groupMembers(req: Request, res: Response) {
  const client = connectVerified()
  const group = String(req.query.group ?? '')
  client.search(`cn=${group},ou=groups,dc=corp,dc=example`, { scope: 'base', attributes: ['member'] }, (err, result) => { // expect: ldap-injection
    if (err) return res.status(500).json({ error: 'directory unavailable' })
    const members: string[] = []
    result.on('searchEntry', (entry) => members.push(...(entry.pojo.attributes.find((a) => a.type === 'member')?.values ?? [])))
    result.on('end', () => {
      client.unbind()
      res.json(members)
    })
  })
}
