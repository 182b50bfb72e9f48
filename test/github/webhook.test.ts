import { env } from 'cloudflare:workers'
import { describe, it } from 'vitest'
import { createApp } from '../../src/app'
import { BASE } from '../helpers'
import { installationPayload, newRepo, sendWebhook, waitFor } from './helpers'

const countDeliveries = async (id: string) =>
  (await env.DB.prepare('select count(*) as n from github_deliveries where id = ?').bind(id).first<{ n: number }>())!.n

describe('POST /webhooks/github', () => {
  it('refuses a bad signature with 401 and stores nothing', async ({ expect }) => {
    const repo = newRepo()
    const delivery = crypto.randomUUID()
    const res = await sendWebhook('installation', installationPayload(repo), { delivery, secret: 'not-the-secret' })
    expect(res.status).toBe(401)
    expect(await res.json()).toMatchObject({ error: { code: 'unauthorized' } })
    expect(await countDeliveries(delivery)).toBe(0)
  })

  it('refuses a missing signature before reading the body as JSON', async ({ expect }) => {
    const res = await sendWebhook('installation', installationPayload(newRepo()), { signature: null })
    expect(res.status).toBe(401)
    const malformed = await createApp().fetch(
      new Request(`${BASE}/webhooks/github`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-github-event': 'ping', 'x-github-delivery': 'x', 'x-hub-signature-256': 'sha256=00' },
        body: '{not json',
      }),
      env,
    )
    expect(malformed.status).toBe(401)
  })

  it('answers 404 when the App is not configured', async ({ expect }) => {
    const res = await createApp().fetch(
      new Request(`${BASE}/webhooks/github`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }),
      { ...env, GITHUB_APP_ID: undefined },
    )
    expect(res.status).toBe(404)
    expect(await res.json()).toMatchObject({ error: { code: 'not_found' } })
  })

  it('does a redelivery nothing twice', async ({ expect }) => {
    const repo = newRepo()
    const delivery = crypto.randomUUID()
    const first = await sendWebhook('installation', installationPayload(repo), { delivery })
    const again = await sendWebhook('installation', installationPayload(repo), { delivery })
    expect([first.status, again.status]).toEqual([202, 202])
    expect(await first.json()).toEqual({ status: 'queued' })
    expect(await again.json()).toEqual({ status: 'duplicate' })
    expect(await countDeliveries(delivery)).toBe(1)
  })

  it('creates one tenant per installation and stops on uninstall, keeping the data', async ({ expect }) => {
    const repo = newRepo()
    await sendWebhook('installation', installationPayload(repo))
    const row = await waitFor(
      () => env.DB.prepare('select * from github_installations where id = ?').bind(repo.installationId).first<Record<string, string>>(),
      'installation',
    )
    expect(row).toMatchObject({ status: 'active', account_login: repo.owner, tenant_id: `github-installation-${repo.installationId}` })
    const tenant = await env.DB.prepare('select name from tenants where id = ?').bind(row.tenant_id).first<{ name: string }>()
    expect(tenant?.name).toBe(`GitHub: ${repo.owner}`)

    await sendWebhook('installation', installationPayload(repo, 'deleted'))
    await waitFor(
      async () =>
        (await env.DB.prepare('select status from github_installations where id = ?').bind(repo.installationId).first<{ status: string }>())
          ?.status === 'deleted',
      'deleted status',
    )
    expect(await env.DB.prepare('select count(*) as n from tenants where id = ?').bind(row.tenant_id).first('n')).toBe(1)
  })

  it('ignores events it does not act on', async ({ expect }) => {
    const res = await sendWebhook('star', { action: 'created', installation: { id: 1 } })
    expect(res.status).toBe(202)
    expect(await res.json()).toEqual({ status: 'ignored' })
  })

  it('is in the OpenAPI document', async ({ expect }) => {
    const doc = await (await createApp().fetch(new Request(`${BASE}/openapi.json`), env)).json<any>()
    expect(doc.paths['/webhooks/github'].post).toMatchObject({ summary: 'Receive a GitHub App webhook delivery' })
    expect(Object.keys(doc.paths['/webhooks/github'].post.responses)).toEqual(expect.arrayContaining(['202', '401', '404', '413']))
  })
})
