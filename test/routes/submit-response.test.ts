import { runDurableObjectAlarm } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { describe, it } from 'vitest'
import { submitChangeset } from '../../src/changesets/submit'
import { createLogger } from '../../src/log'
import { createTenantKey, getChangeset, waitForStatus } from '../helpers'

const log = createLogger({ test: 'submit-response' })
const FILES = [{ file_path: 'a.py', diff_content: '@@ -0,0 +1,2 @@\n+import pickle\n+pickle.loads(data)\n' }]

describe('what a submission waits for before it answers', () => {
  it('neither the room nor the queue: stalled, they do not hold the 202, and the watchdog armed when the enqueue fails still recovers', async ({ expect }) => {
    const key = await createTenantKey()
    let release!: () => void
    const stalled = new Promise<void>((resolve) => (release = resolve))
    const rooms = env.CHANGESET_ROOM
    const slowRoom = {
      getByName: (name: string) => {
        const room = rooms.getByName(name)
        return { watch: (...args: Parameters<typeof room.watch>) => stalled.then(() => room.watch(...args)) }
      },
    }
    const slowQueue = {
      ...env,
      CHANGESET_ROOM: slowRoom as unknown as Env['CHANGESET_ROOM'],
      REVIEW_QUEUE: { send: () => stalled.then(() => { throw new Error('queue unavailable') }) } as unknown as Queue,
    }
    const deferred: Promise<unknown>[] = []

    const answered = await Promise.race([
      submitChangeset(slowQueue, { tenantId: key.tenantId, keyId: key.keyId, keyName: 'k', scopes: ['write'] }, { title: 't', author: 'a', files: FILES }, log, (work) => deferred.push(work)),
      new Promise<'still waiting'>((resolve) => setTimeout(() => resolve('still waiting'), 2000)),
    ])
    expect(answered).not.toBe('still waiting')
    const { id } = answered as { id: string }
    expect(deferred).toHaveLength(1)
    release()
    await Promise.all(deferred) // after the response: the enqueue failed, so the watchdog was armed
    await env.DB.prepare('update changesets set updated_at = ? where id = ?').bind(new Date(Date.now() - 60_000).toISOString(), id).run()
    expect(await runDurableObjectAlarm(env.CHANGESET_ROOM.getByName(id))).toBe(true)
    expect((await waitForStatus(key, id, 'reviewed')).status).toBe('reviewed')
    expect((await getChangeset(key, id)).revision).toBe(1)
  })
})
