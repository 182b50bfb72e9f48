// corpus: path=server/assistant/agent.js
const Anthropic = require('@anthropic-ai/sdk')
const { Pool } = require('pg')
const { execFile, exec } = require('child_process')
const { promisify } = require('util')
const fs = require('fs/promises')
const path = require('path')
const { VM } = require('vm2')

const anthropic = new Anthropic()
const db = new Pool({ connectionString: process.env.DATABASE_URL })
const execFileAsync = promisify(execFile)
const execAsync = promisify(exec)
const WORKSPACE = path.resolve(process.env.AGENT_WORKSPACE || '/srv/agent')

const handlers = {
  async query_tickets({ customerId, status }) {
    const { rows } = await db.query('SELECT id, subject, status FROM tickets WHERE customer_id = $1 AND status = $2', [ // ok: sql-injection
      customerId,
      status,
    ])
    return rows
  },

  async count_by({ column }) {
    const { rows } = await db.query(`SELECT ${column}, count(*) FROM tickets GROUP BY 1`) // expect: sql-injection
    return rows
  },

  async read_doc({ name }) {
    const file = path.join(WORKSPACE, 'docs', name)
    return fs.readFile(file, 'utf8') // expect: path-traversal
  },

  async read_doc_safe({ name }) {
    const file = path.resolve(WORKSPACE, 'docs', name)
    if (!file.startsWith(WORKSPACE + path.sep)) throw new Error('outside workspace')
    return fs.readFile(file, 'utf8') // ok: path-traversal
  },

  async grep({ pattern }) {
    const { stdout } = await execAsync(`grep -rn "${pattern}" ${WORKSPACE}/docs`) // expect: command-injection
    return stdout
  },

  async grep_safe({ pattern }) {
    const { stdout } = await execFileAsync('grep', ['-rn', '--', pattern, path.join(WORKSPACE, 'docs')]) // ok: command-injection
    return stdout
  },

  async compute({ expression }) {
    return new VM({ timeout: 500 }).run(expression) // expect: code-injection
  },
}

const tools = [
  { name: 'query_tickets', description: 'Tickets of a customer', input_schema: { type: 'object', properties: { customerId: { type: 'string' }, status: { type: 'string' } } } },
  { name: 'count_by', description: 'Ticket counts grouped by a column', input_schema: { type: 'object', properties: { column: { type: 'string' } } } },
  { name: 'read_doc', description: 'Read a help document', input_schema: { type: 'object', properties: { name: { type: 'string' } } } },
  { name: 'grep', description: 'Search the help documents', input_schema: { type: 'object', properties: { pattern: { type: 'string' } } } },
  { name: 'compute', description: 'Evaluate arithmetic', input_schema: { type: 'object', properties: { expression: { type: 'string' } } } },
]

async function runAgent(req, res) {
  const messages = [{ role: 'user', content: req.body.message }] // ok: prompt-injection
  for (let turn = 0; turn < 6; turn++) {
    const reply = await anthropic.messages.create({
      model: 'claude-sonnet-4-5',
      max_tokens: 1024,
      system: `You help customers of ${req.user.companyName}. Agent notes: ${req.body.context}`, // expect: prompt-injection
      tools,
      messages,
    })
    messages.push({ role: 'assistant', content: reply.content })
    const calls = reply.content.filter((b) => b.type === 'tool_use')
    if (!calls.length) return res.json({ reply: reply.content.find((b) => b.type === 'text')?.text })
    const results = []
    for (const call of calls) {
      const output = await handlers[call.name](call.input)
      results.push({ type: 'tool_result', tool_use_id: call.id, content: JSON.stringify(output) })
    }
    messages.push({ role: 'user', content: results })
  }
  return res.status(504).json({ error: 'agent_timeout' })
}

module.exports = { runAgent, handlers }
