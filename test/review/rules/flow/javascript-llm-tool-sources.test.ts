/**
 * The arguments a model chose for a tool call are as much the client's as a request body: whoever writes
 * the prompt (or a page the model reads) steers them. OpenAI's `tool_call.function.arguments`, and the
 * parameters of a Vercel AI SDK / OpenAI Agents `tool({ execute })` or a LangChain `tool(fn, { schema })`.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const AGENT = { path: 'src/assistant/agent.ts' }

const OPENAI_LOOP = (body: string) =>
  `import OpenAI from 'openai'\nimport { exec, execFile } from 'node:child_process'\nconst openai = new OpenAI()\nasync function callTool(name: string, args: Record<string, any>) {\n${body}\n}\nexport async function run(messages) {\n  const completion = await openai.chat.completions.create({ model: 'gpt-4o', messages, tools })\n  for (const call of completion.choices[0].message.tool_calls ?? []) {\n    messages.push({ role: 'tool', tool_call_id: call.id, content: await callTool(call.function.name, JSON.parse(call.function.arguments)) })\n  }\n}`

testRule(registered('js/shell-injection'), {
  valid: [
    { ...AGENT, code: OPENAI_LOOP("  if (!ALLOWED.has(args.tool)) return 'not allowed'\n  return new Promise((resolve) => execFile(args.tool, args.args.map(String), (err, out) => resolve(out)))") },
    { ...AGENT, code: OPENAI_LOOP("  return new Promise((resolve) => exec('git status --short', (err, out) => resolve(out)))") },
    { ...AGENT, code: "import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'\nimport { execSync } from 'node:child_process'\nconst server = new McpServer({ name: 'repo', version: '1.0.0' })\nserver.tool('status', {}, async () => ({ content: [{ type: 'text', text: execSync('git status --short').toString() }] }))" },
  ],
  invalid: [
    { ...AGENT, code: OPENAI_LOOP("  return new Promise((resolve) => exec(args.command, (err, out) => resolve(out)))"), findings: [{ line: 5, message: /arguments/ }] },
    { ...AGENT, code: "import { tool } from 'ai'\nimport { z } from 'zod'\nimport { execSync } from 'node:child_process'\nexport const shell = tool({\n  description: 'Run a shell command',\n  inputSchema: z.object({ command: z.string() }),\n  execute: async ({ command }) => execSync(command, { encoding: 'utf8' }),\n})", findings: [{ line: 7 }] },
    { ...AGENT, code: "import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'\nimport { z } from 'zod'\nimport { execSync } from 'node:child_process'\nconst server = new McpServer({ name: 'repo', version: '1.0.0' })\nserver.tool('run', { command: z.string() }, async ({ command }) => ({ content: [{ type: 'text', text: execSync(command).toString() }] }))", findings: [{ line: 5 }] },
  ],
})

testRule(registered('js/ssrf'), {
  valid: [
    { ...AGENT, code: "import { tool } from 'ai'\nimport { z } from 'zod'\nexport const weather = tool({\n  description: 'Weather for a city',\n  inputSchema: z.object({ city: z.string() }),\n  execute: async ({ city }) => (await fetch(`https://api.weather.example.com/v1/current?city=${encodeURIComponent(city)}`)).json(),\n})" },
    // Any function called `execute` that is not a tool's is not handed model output.
    { ...AGENT, code: "export const job = {\n  name: 'sync',\n  execute: async (url: string) => (await fetch(url)).json(),\n}" },
  ],
  invalid: [
    { ...AGENT, code: "import { tool } from 'ai'\nimport { z } from 'zod'\nexport const browse = tool({\n  description: 'Fetch a web page',\n  inputSchema: z.object({ url: z.string().url() }),\n  execute: async ({ url }) => (await fetch(url)).text(),\n})", findings: [{ line: 6 }] },
    { ...AGENT, code: "import { tool } from '@langchain/core/tools'\nimport { z } from 'zod'\nexport const browse = tool(async ({ url }) => (await fetch(url)).text(), { name: 'browse', description: 'Fetch a page', schema: z.object({ url: z.string() }) })", findings: [{ line: 3 }] },
    { ...AGENT, code: OPENAI_LOOP("  const res = await fetch(args.url)\n  return res.text()"), findings: [{ line: 5 }] },
  ],
})
