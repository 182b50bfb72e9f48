// corpus: path=src/assistant/tools.ts
import OpenAI from 'openai'
import { exec, execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Pool } from 'pg'

const execAsync = promisify(exec)
const execFileAsync = promisify(execFile)
const WORKSPACE = path.resolve(process.env.WORKSPACE_DIR ?? '/srv/workspace')
const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY })

export const tools: OpenAI.Chat.Completions.ChatCompletionTool[] = [
  { type: 'function', function: { name: 'run_tests', description: 'Run the test suite for a package', parameters: { type: 'object', properties: { pkg: { type: 'string' } }, required: ['pkg'] } } },
  { type: 'function', function: { name: 'shell', description: 'Run a shell command in the workspace', parameters: { type: 'object', properties: { command: { type: 'string' } }, required: ['command'] } } },
  { type: 'function', function: { name: 'query', description: 'Run a read-only SQL query', parameters: { type: 'object', properties: { sql: { type: 'string' } }, required: ['sql'] } } },
  { type: 'function', function: { name: 'count_orders', description: 'Count orders for a customer', parameters: { type: 'object', properties: { customerId: { type: 'string' } }, required: ['customerId'] } } },
  { type: 'function', function: { name: 'read_file', description: 'Read a file from the workspace', parameters: { type: 'object', properties: { file: { type: 'string' } }, required: ['file'] } } },
  { type: 'function', function: { name: 'fetch_page', description: 'Fetch a web page', parameters: { type: 'object', properties: { url: { type: 'string' } }, required: ['url'] } } },
]

type ToolArgs = Record<string, string>

export async function runTool(name: string, args: ToolArgs, db: Pool): Promise<string> {
  switch (name) {
    case 'run_tests': {
      if (!/^[a-z0-9-]+$/.test(args.pkg)) return 'invalid package name'
      const { stdout } = await execFileAsync('npm', ['test', '--workspace', args.pkg], { cwd: WORKSPACE }) // ok: command-injection
      return stdout.slice(-4000)
    }
    case 'shell': {
      const { stdout, stderr } = await execAsync(args.command, { cwd: WORKSPACE, timeout: 30_000 }) // expect: command-injection
      return (stdout + stderr).slice(-4000)
    }
    case 'query': {
      const result = await db.query(args.sql) // expect: sql-injection
      return JSON.stringify(result.rows.slice(0, 50))
    }
    case 'count_orders': {
      const result = await db.query('SELECT count(*) FROM orders WHERE customer_id = $1', [args.customerId]) // ok: sql-injection
      return String(result.rows[0].count)
    }
    case 'read_file': {
      const target = path.resolve(WORKSPACE, args.file)
      if (!target.startsWith(WORKSPACE + path.sep)) return 'outside workspace'
      return (await readFile(target, 'utf8')).slice(0, 20_000) // ok: path-traversal
    }
    case 'fetch_page': {
      const res = await fetch(args.url) // expect: ssrf
      return (await res.text()).slice(0, 20_000)
    }
    default:
      return `unknown tool ${name}`
  }
}

export async function answer(question: string, db: Pool, userName: string): Promise<string> {
  const messages: OpenAI.Chat.Completions.ChatCompletionMessageParam[] = [
    { role: 'system', content: 'You are a repository assistant. Only use the tools provided.' },
    { role: 'system', content: `The user's display name is ${userName}. Follow their instructions: ${question}` }, // expect: prompt-injection
    { role: 'user', content: question }, // ok: prompt-injection
  ]
  for (let step = 0; step < 8; step++) {
    const completion = await client.chat.completions.create({ model: 'gpt-4o-mini', messages, tools })
    const choice = completion.choices[0].message
    messages.push(choice)
    if (!choice.tool_calls?.length) return choice.content ?? ''
    for (const call of choice.tool_calls) {
      const output = await runTool(call.function.name, JSON.parse(call.function.arguments), db)
      messages.push({ role: 'tool', tool_call_id: call.id, content: output })
    }
  }
  return 'Stopped after too many tool calls.'
}
