// corpus: path=src/slack.ts
import { App, type SlackCommandMiddlewareArgs } from '@slack/bolt'
import { Pool } from 'pg'
import { execa } from 'execa'
import { exec } from 'node:child_process'
import { promisify } from 'node:util'

const sh = promisify(exec)
const pool = new Pool({ connectionString: process.env.DATABASE_URL })

export const app = new App({
  token: process.env.SLACK_BOT_TOKEN,
  signingSecret: process.env.SLACK_SIGNING_SECRET,
  socketMode: true,
  appToken: process.env.SLACK_APP_TOKEN,
})

const ENVIRONMENTS = ['staging', 'production'] as const
type Environment = (typeof ENVIRONMENTS)[number]
const isEnvironment = (v: string): v is Environment => (ENVIRONMENTS as readonly string[]).includes(v)

async function findCustomer({ command, ack, respond }: SlackCommandMiddlewareArgs) {
  await ack()
  const email = command.text.trim()
  const { rows } = await pool.query(`SELECT id, plan, created_at FROM customers WHERE email = '${email}'`) // expect: sql-injection
  await respond(rows[0] ? `#${rows[0].id} on ${rows[0].plan}` : 'No such customer')
}

async function findCustomerSafely({ command, ack, respond }: SlackCommandMiddlewareArgs) {
  await ack()
  const { rows } = await pool.query('SELECT id, plan FROM customers WHERE email = $1', [command.text.trim()]) // ok: sql-injection
  await respond(rows[0] ? `#${rows[0].id} on ${rows[0].plan}` : 'No such customer')
}

app.command('/customer', findCustomer)
app.command('/customer-safe', findCustomerSafely)

app.command('/deploy', async ({ command, ack, respond }) => {
  await ack()
  const [env, ref = 'main'] = command.text.split(/\s+/)
  if (!isEnvironment(env)) {
    await respond(`Environment must be one of ${ENVIRONMENTS.join(', ')}`)
    return
  }
  const { stdout } = await execa('./deploy.sh', [env, ref]) // ok: command-injection
  await respond(stdout)
})

app.command('/dns', async ({ command, ack, respond }) => {
  await ack()
  const host = command.text.trim()
  const { stdout } = await sh(`nslookup ${host}`) // expect: command-injection
  await respond('```' + stdout + '```')
})

app.command('/unfurl', async ({ command, ack, respond }) => {
  await ack()
  const res = await fetch(command.text.trim(), { redirect: 'follow' }) // expect: ssrf
  const html = await res.text()
  const title = /<title>([^<]*)<\/title>/i.exec(html)?.[1] ?? 'untitled'
  await respond(title)
})

app.shortcut('refund_order', async ({ shortcut, ack, client }) => {
  await ack()
  await client.views.open({
    trigger_id: shortcut.trigger_id,
    view: {
      type: 'modal',
      callback_id: 'refund_modal',
      title: { type: 'plain_text', text: 'Refund' },
      submit: { type: 'plain_text', text: 'Refund' },
      blocks: [{ type: 'input', block_id: 'order', label: { type: 'plain_text', text: 'Order id' }, element: { type: 'plain_text_input', action_id: 'value' } }],
    },
  })
})

app.view('refund_modal', async ({ ack, view, body, client }) => {
  await ack()
  const orderId = view.state.values.order.value.value ?? ''
  await pool.query(`UPDATE orders SET state = 'refunded', refunded_by = '${body.user.id}' WHERE id = '${orderId}'`) // expect: sql-injection
  await client.chat.postMessage({ channel: body.user.id, text: `Refunded ${orderId}` })
})

app.action('approve_refund', async ({ ack, body, action }) => {
  await ack()
  if (action.type !== 'button') return
  await pool.query('UPDATE refunds SET approved_by = $1 WHERE id = $2', [body.user.id, action.value]) // ok: sql-injection
})
