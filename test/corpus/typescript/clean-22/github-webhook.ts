// corpus: path=src/integrations/github/webhook.ts
import { createHmac, timingSafeEqual } from 'node:crypto'
import type { Context } from 'hono'
import { z } from 'zod'

const PushEvent = z.object({
  ref: z.string(),
  after: z.string().regex(/^[0-9a-f]{40}$/),
  repository: z.object({ full_name: z.string(), default_branch: z.string() }),
  pusher: z.object({ name: z.string() }),
})

const PullRequestEvent = z.object({
  action: z.enum(['opened', 'synchronize', 'reopened', 'closed']),
  number: z.number().int(),
  pull_request: z.object({ head: z.object({ sha: z.string() }), merged: z.boolean().nullable() }),
  repository: z.object({ full_name: z.string() }),
})

export type GithubEnv = {
  Bindings: {
    GITHUB_WEBHOOK_SECRET: string
    BUILD_QUEUE: Queue<{ repo: string; sha: string; reason: string }>
  }
}

function verifySignature(secret: string, body: string, header: string | undefined): boolean {
  if (!header?.startsWith('sha256=')) return false
  const expected = Buffer.from(createHmac('sha256', secret).update(body).digest('hex'), 'utf8')
  const received = Buffer.from(header.slice('sha256='.length), 'utf8')
  return expected.length === received.length && timingSafeEqual(expected, received)
}

export async function githubWebhook(c: Context<GithubEnv>) {
  const body = await c.req.text()
  if (!verifySignature(c.env.GITHUB_WEBHOOK_SECRET, body, c.req.header('x-hub-signature-256'))) {
    return c.json({ error: 'invalid signature' }, 401)
  }

  const event = c.req.header('x-github-event')
  const delivery = c.req.header('x-github-delivery') ?? 'unknown'
  const json: unknown = JSON.parse(body)

  if (event === 'ping') return c.json({ ok: true })

  if (event === 'push') {
    const push = PushEvent.safeParse(json)
    if (!push.success) return c.json({ error: 'unexpected payload' }, 422)
    const { ref, after, repository } = push.data
    if (ref !== `refs/heads/${repository.default_branch}`) return c.json({ ok: true, skipped: 'not default branch' })
    await c.env.BUILD_QUEUE.send({ repo: repository.full_name, sha: after, reason: `push ${delivery}` })
    return c.json({ ok: true })
  }

  if (event === 'pull_request') {
    const pr = PullRequestEvent.safeParse(json)
    if (!pr.success) return c.json({ error: 'unexpected payload' }, 422)
    if (pr.data.action === 'closed') return c.json({ ok: true, skipped: 'closed' })
    await c.env.BUILD_QUEUE.send({
      repo: pr.data.repository.full_name,
      sha: pr.data.pull_request.head.sha,
      reason: `pr #${pr.data.number} ${pr.data.action}`,
    })
    return c.json({ ok: true })
  }

  return c.json({ ok: true, skipped: event ?? 'no event' })
}
