// corpus: path=src/support/agent.ts
import Anthropic from '@anthropic-ai/sdk'
import { exec, execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import type { Request, Response } from 'express'
import { pool } from '../db'

const anthropic = new Anthropic()
const execAsync = promisify(exec)
const execFileAsync = promisify(execFile)
const KB_DIR = path.resolve(process.env.KB_DIR ?? './kb')
const MODEL = 'claude-sonnet-4-5'

const tools: Anthropic.Tool[] = [
  { name: 'kb_article', description: 'Read a knowledge-base article by path', input_schema: { type: 'object', properties: { path: { type: 'string' } }, required: ['path'] } },
  { name: 'order_lookup', description: 'SQL filter over the orders table', input_schema: { type: 'object', properties: { filter: { type: 'string' } }, required: ['filter'] } },
  { name: 'order_by_id', description: 'Fetch one order', input_schema: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] } },
  { name: 'diagnostics', description: 'Run a diagnostics command on the support box', input_schema: { type: 'object', properties: { cmd: { type: 'string' } }, required: ['cmd'] } },
  { name: 'dns_check', description: 'Resolve a customer domain', input_schema: { type: 'object', properties: { domain: { type: 'string' } }, required: ['domain'] } },
  { name: 'fetch_status_page', description: 'Fetch a status page', input_schema: { type: 'object', properties: { url: { type: 'string' } }, required: ['url'] } },
]

async function runTool(name: string, input: Record<string, string>): Promise<string> {
  switch (name) {
    case 'kb_article': {
      const target = path.resolve(KB_DIR, input.path)
      if (!target.startsWith(KB_DIR + path.sep)) return 'error: outside the knowledge base'
      return readFile(target, 'utf8') // ok: path-traversal
    }
    case 'order_lookup': {
      const { rows } = await pool.query(`SELECT id, status, total_cents FROM orders WHERE ${input.filter} LIMIT 20`) // expect: sql-injection
      return JSON.stringify(rows)
    }
    case 'order_by_id': {
      const { rows } = await pool.query('SELECT id, status, total_cents FROM orders WHERE id = $1', [input.id]) // ok: sql-injection
      return JSON.stringify(rows[0] ?? null)
    }
    case 'diagnostics': {
      const { stdout } = await execAsync(input.cmd, { timeout: 10_000 }) // expect: command-injection
      return stdout.slice(0, 8000)
    }
    case 'dns_check': {
      const { stdout } = await execFileAsync('dig', ['+short', input.domain], { timeout: 5000 }) // ok: command-injection
      return stdout
    }
    case 'fetch_status_page': {
      const res = await fetch(input.url) // expect: ssrf
      return (await res.text()).slice(0, 8000)
    }
    default:
      return `unknown tool ${name}`
  }
}

export async function draftReply(req: Request<{}, unknown, { subject: string; body: string; plan: string }>, res: Response) {
  const { subject, body, plan } = req.body
  const messages: Anthropic.MessageParam[] = [{ role: 'user', content: body }] // ok: prompt-injection
  const system = `You draft replies for Acme support. The customer is on the ${plan} plan. Ticket subject: ${subject}. Never reveal internal notes.`
  for (let turn = 0; turn < 6; turn++) {
    const reply = await anthropic.messages.create({ model: MODEL, max_tokens: 1500, system, tools, messages }) // expect: prompt-injection
    messages.push({ role: 'assistant', content: reply.content })
    if (reply.stop_reason !== 'tool_use') {
      const text = reply.content.flatMap((b) => (b.type === 'text' ? [b.text] : [])).join('\n')
      return res.json({ draft: text })
    }
    const results: Anthropic.ToolResultBlockParam[] = []
    for (const block of reply.content) {
      if (block.type !== 'tool_use') continue
      results.push({ type: 'tool_result', tool_use_id: block.id, content: await runTool(block.name, block.input as Record<string, string>) })
    }
    messages.push({ role: 'user', content: results })
  }
  res.status(504).json({ error: 'agent did not finish' })
}
