// corpus: path=docs/snippets/quickstart.ts
/**
 * Quickstart for @tasks/sdk, shown on the docs site. The key below is the public demo key of the
 * read-only sandbox workspace, published on the docs site so the snippet runs as pasted.
 */
import { TasksClient, TasksApiError } from '@tasks/sdk'

const client = new TasksClient({
  apiKey: process.env.TASKS_API_KEY ?? 'tk_test_demo_8f14e45fceea167a5a36dedd4bea2543', // ok: hardcoded-secret
  baseUrl: 'https://sandbox.api.tasks.example.com/v1',
})

async function quickstart(): Promise<void> {
  const me = await client.users.me()
  console.log(`Hello ${me.name} (${me.email}) in workspace ${me.workspaceId}`)

  const task = await client.tasks.create({
    title: 'Try the Tasks API',
    description: 'Created from the quickstart snippet.',
    status: 'todo',
  })
  console.log(`Created ${task.id}: ${task.title}`)

  for await (const t of client.tasks.list({ status: 'todo', limit: 10 })) {
    console.log(`- [${t.status}] ${t.title}`)
  }

  await client.tasks.update(task.id, { status: 'done' })

  const hook = await client.webhooks.create({
    url: 'https://example.com/webhooks/tasks',
    events: ['task.created', 'task.updated'],
  })
  console.log(`Webhook ${hook.id} created. Signing secret: ${hook.secret}`) // ok: sensitive-logging

  try {
    await client.tasks.get('tsk_does_not_exist')
  } catch (err) {
    if (err instanceof TasksApiError && err.status === 404) {
      console.log('Missing tasks raise TasksApiError with status 404')
    } else {
      throw err
    }
  }
}

// Verifying a webhook delivery in an Express handler:
//
//   app.post('/webhooks/tasks', express.raw({ type: 'application/json' }), (req, res) => {
//     const event = client.webhooks.verify(req.body, req.header('X-Tasks-Signature'), process.env.TASKS_WEBHOOK_SECRET!)
//     res.sendStatus(204)
//   })

quickstart().catch((err) => {
  console.error(err)
  process.exitCode = 1
})
