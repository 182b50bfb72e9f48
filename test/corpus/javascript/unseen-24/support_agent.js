// corpus: path=server/agent/tools.js
const { execFile } = require('child_process')
const { promisify } = require('util')
const OpenAI = require('openai')
const { Pool } = require('pg')
const vm = require('vm')

const run = promisify(execFile)
const pool = new Pool({ connectionString: process.env.DATABASE_URL })
const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY })

const tools = {
  async lookup_order({ orderId }) {
    const { rows } = await pool.query('SELECT id, status, total FROM orders WHERE id = $1', [orderId]) // ok: sql-injection
    return rows[0] || null
  },

  async run_report({ sql }) {
    const { rows } = await pool.query(sql) // expect: sql-injection
    return rows.slice(0, 100)
  },

  async ping_host({ host }) {
    const { stdout } = await run('ping', ['-c', '1', host]) // ok: command-injection
    return stdout
  },

  async calculate({ expression }) {
    return vm.runInNewContext(expression, {}) // expect: code-injection
  },
}

async function answer(req, res) {
  const question = req.body.question
  const completion = await client.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: 'You are a support agent for Acme. Use the tools to answer.' },
      { role: 'user', content: question }, // ok: prompt-injection
    ],
    tools: Object.keys(tools).map((name) => ({ type: 'function', function: { name, parameters: { type: 'object' } } })),
  })
  const message = completion.choices[0].message
  const results = []
  for (const call of message.tool_calls || []) {
    const args = JSON.parse(call.function.arguments)
    results.push(await tools[call.function.name](args))
  }
  res.json({ reply: message.content, results })
}

async function summarize(req, res) {
  const completion = await client.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: `Summarize the ticket. Customer notes: ${req.body.notes}` }, // expect: prompt-injection
      { role: 'user', content: 'Summarize.' },
    ],
  })
  res.json({ summary: completion.choices[0].message.content })
}

module.exports = { answer, summarize, tools }
