// corpus: path=src/assistant/agent-tools.ts
import OpenAI from 'openai'
import { exec, execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { pool } from '../db/pool'

const execAsync = promisify(exec)
const execFileAsync = promisify(execFile)
const openai = new OpenAI()

const WORKSPACE = path.resolve(process.env.AGENT_WORKSPACE ?? './workspace')
const ALLOWED_COMMANDS = new Set(['git', 'ls', 'wc'])

export const tools: OpenAI.ChatCompletionTool[] = [
  {
    type: 'function',
    function: {
      name: 'run_command',
      description: 'Run a shell command in the project workspace',
      parameters: { type: 'object', properties: { command: { type: 'string' } }, required: ['command'] },
    },
  },
  {
    type: 'function',
    function: {
      name: 'run_tool',
      description: 'Run one of the allowed tools with arguments',
      parameters: {
        type: 'object',
        properties: { tool: { type: 'string' }, args: { type: 'array', items: { type: 'string' } } },
        required: ['tool', 'args'],
      },
    },
  },
  {
    type: 'function',
    function: {
      name: 'query_orders',
      description: 'Query the orders table with a SQL WHERE clause',
      parameters: { type: 'object', properties: { where: { type: 'string' } }, required: ['where'] },
    },
  },
  {
    type: 'function',
    function: {
      name: 'order_by_id',
      description: 'Look up one order',
      parameters: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] },
    },
  },
  {
    type: 'function',
    function: {
      name: 'fetch_page',
      description: 'Fetch a web page and return its text',
      parameters: { type: 'object', properties: { url: { type: 'string' } }, required: ['url'] },
    },
  },
  {
    type: 'function',
    function: {
      name: 'read_file',
      description: 'Read a file from the workspace',
      parameters: { type: 'object', properties: { file: { type: 'string' } }, required: ['file'] },
    },
  },
]

async function callTool(name: string, args: Record<string, any>, tenantId: string): Promise<string> {
  switch (name) {
    case 'run_command': {
      const { stdout } = await execAsync(args.command, { cwd: WORKSPACE, timeout: 10_000 }) // expect: command-injection
      return stdout
    }
    case 'run_tool': {
      if (!ALLOWED_COMMANDS.has(args.tool)) return `tool ${args.tool} is not allowed`
      const { stdout } = await execFileAsync(args.tool, args.args.map(String), { cwd: WORKSPACE, timeout: 10_000 }) // ok: command-injection
      return stdout
    }
    case 'query_orders': {
      const { rows } = await pool.query(`SELECT id, status, total FROM orders WHERE tenant_id = $1 AND (${args.where}) LIMIT 50`, [tenantId]) // expect: sql-injection
      return JSON.stringify(rows)
    }
    case 'order_by_id': {
      const { rows } = await pool.query('SELECT id, status, total FROM orders WHERE tenant_id = $1 AND id = $2', [tenantId, args.id]) // ok: sql-injection
      return JSON.stringify(rows[0] ?? null)
    }
    case 'fetch_page': {
      const res = await fetch(args.url, { redirect: 'follow' }) // expect: ssrf
      return (await res.text()).slice(0, 20_000)
    }
    case 'read_file': {
      const target = path.resolve(WORKSPACE, String(args.file))
      if (!target.startsWith(WORKSPACE + path.sep)) return 'file is outside the workspace'
      return readFile(target, 'utf8') // ok: path-traversal
    }
    default:
      return `unknown tool ${name}`
  }
}

export async function runAgent(tenantId: string, userName: string, question: string) {
  const messages: OpenAI.ChatCompletionMessageParam[] = [
    { role: 'system', content: `You are the operations assistant for ${userName}. Only use the tools provided.` }, // ok: prompt-injection
    { role: 'user', content: question }, // ok: prompt-injection
  ]
  for (let step = 0; step < 6; step++) {
    const completion = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages, tools })
    const message = completion.choices[0].message
    messages.push(message)
    if (!message.tool_calls?.length) return message.content
    for (const call of message.tool_calls) {
      const result = await callTool(call.function.name, JSON.parse(call.function.arguments), tenantId)
      messages.push({ role: 'tool', tool_call_id: call.id, content: result })
    }
  }
  return 'The assistant gave up after too many steps.'
}
