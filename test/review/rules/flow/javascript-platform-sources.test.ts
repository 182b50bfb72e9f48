/**
 * Programs that are not web servers, fed by a platform rather than a request: GitHub Actions (the event payload and
 * GITHUB_HEAD_REF, not the workflow's own inputs), Slack Bolt and discord.js listeners, browser extension messages
 * (unless the sender is checked, or the listener is a content script's), and VS Code extensions (a document's text, a
 * webview's html). The ids and numbers a platform assigns stay quiet.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const ACTION = { path: '.github/actions/notes/index.js' }

testRule(registered('js/shell-injection'), {
  valid: [
    // The workflow file sets the inputs; the repository's maintainers write it.
    { ...ACTION, code: "const core = require('@actions/core')\nconst { execSync } = require('child_process')\nconst target = core.getInput('target')\nif (!/^[\\w-]+$/.test(target)) throw new Error('bad target')\nexecSync(`make ${target}`)" },
    // A pull request's number is GitHub's integer.
    { ...ACTION, code: "const github = require('@actions/github')\nconst { execSync } = require('child_process')\nconst pr = github.context.payload.pull_request\nexecSync(`docker push registry.example.com/preview:${pr.number}`)" },
    { ...ACTION, code: "const exec = require('@actions/exec')\nconst github = require('@actions/github')\nasync function run() {\n  await exec.exec('git', ['checkout', github.context.payload.pull_request.head.ref])\n}" },
    { path: 'src/bot.js', code: "const { App } = require('@slack/bolt')\nconst { execFile } = require('child_process')\nconst app = new App({})\napp.command('/whois', async ({ command, ack }) => {\n  await ack()\n  execFile('whois', [command.text])\n})" },
  ],
  invalid: [
    { ...ACTION, code: "const github = require('@actions/github')\nconst { execSync } = require('child_process')\nconst pr = github.context.payload.pull_request\nexecSync(`npm run build -- --title \"${pr.title}\"`)", findings: [{ line: 4, message: /github\.context\.payload/ }] },
    { ...ACTION, code: "const { execSync } = require('child_process')\nconst branch = process.env.GITHUB_HEAD_REF\nexecSync(`docker tag app:latest app:${branch}`)", findings: [{ line: 3, message: /GITHUB_HEAD_REF/ }] },
    // @actions/exec splits the line into arguments itself: a quote in the title ends its argument.
    { ...ACTION, code: "import * as exec from '@actions/exec'\nimport * as github from '@actions/github'\nexport async function run() {\n  const issue = github.context.payload.issue\n  await exec.exec(`npm run notes -- --message \"${issue.title}\"`)\n}", findings: [{ line: 5 }] },
    { path: 'src/bot.js', code: "const { App } = require('@slack/bolt')\nconst { exec } = require('child_process')\nconst app = new App({})\napp.command('/dig', async ({ command, ack, respond }) => {\n  await ack()\n  exec(`dig +short ${command.text}`, (e, out) => respond(out))\n})", findings: [{ line: 6, message: /the Slack `command`/ }] },
  ],
})

testRule(registered('js/ssrf'), {
  valid: [
    // An external message from a sender the listener checked.
    { path: 'extension/background.js', code: "chrome.runtime.onMessageExternal.addListener((message, sender, sendResponse) => {\n  if (sender.id !== COMPANION_ID) return false\n  fetch(message.url).then((r) => sendResponse({ ok: r.ok }))\n  return true\n})" },
    // A content script's listener hears its own extension.
    { path: 'extension/content.js', code: "chrome.runtime.onMessage.addListener((message) => {\n  fetch(message.url)\n})" },
    { path: 'src/bot.ts', code: "import { Client, Events } from 'discord.js'\nconst client = new Client({ intents: [] })\nclient.on(Events.ClientReady, async (c) => {\n  await fetch(c.user.displayAvatarURL())\n})" },
  ],
  invalid: [
    { path: 'extension/background.js', code: "chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {\n  fetch(message.url).then((r) => r.text()).then((html) => sendResponse({ html }), () => sendResponse({}))\n  return true\n})", findings: [{ line: 2, message: /the extension message/ }] },
    { path: 'src/bot.ts', code: "import { Client, Events, type ChatInputCommandInteraction } from 'discord.js'\nexport async function avatar(interaction: ChatInputCommandInteraction) {\n  const url = interaction.options.getString('url', true)\n  const image = await fetch(url)\n  await interaction.reply({ files: [Buffer.from(await image.arrayBuffer())] })\n}", findings: [{ line: 4, message: /the Discord `interaction`/ }] },
    { path: 'src/bot.js', code: "const { App } = require('@slack/bolt')\nconst axios = require('axios')\nconst app = new App({})\napp.command('/ping', async ({ command, ack, respond }) => {\n  await ack()\n  const res = await axios.get(command.text.trim(), { validateStatus: () => true })\n  await respond(String(res.status))\n})", findings: [{ line: 6 }] },
  ],
})

testRule(registered('js/path-traversal'), {
  valid: [
    { path: 'src/bot.js', code: "const { Client, Events } = require('discord.js')\nconst fs = require('fs/promises')\nconst path = require('path')\nconst client = new Client({})\nclient.on(Events.MessageCreate, async (message) => {\n  const name = String(message.id)\n  await fs.writeFile(path.join('/srv/log', `${message.guildId}-${name}.txt`), 'seen')\n})" },
  ],
  invalid: [
    // A chat command's `!` prefix is no directory: the name after it is still the member's.
    { path: 'src/bot.js', code: "const { Client, Events } = require('discord.js')\nconst fs = require('fs/promises')\nconst path = require('path')\nconst client = new Client({})\nclient.on(Events.MessageCreate, async (message) => {\n  if (!message.content.startsWith('!')) return\n  const arg = message.content.slice(1).trim()\n  const file = await fs.readFile(path.join(SOUNDS_DIR, `${arg}.mp3`))\n  await message.reply({ files: [file] })\n})", findings: [{ line: 8 }] },
    { path: '.github/actions/notes/main.ts', code: "import * as github from '@actions/github'\nimport { writeFileSync } from 'node:fs'\nimport * as path from 'node:path'\nexport async function run(token: string) {\n  const octokit = github.getOctokit(token)\n  const { data: pr } = await octokit.rest.pulls.get({ owner: 'o', repo: 'r', pull_number: 1 })\n  writeFileSync(path.join('/tmp', `${pr.head.ref}.md`), pr.body ?? '')\n}", findings: [{ line: 7 }] },
  ],
})

testRule(registered('js/xss-sink'), {
  valid: [
    { path: 'src/extension.js', code: "const vscode = require('vscode')\nconst escapeHtml = (s) => String(s).replace(/[&<>\"']/g, (c) => ESCAPES[c])\nfunction show(panel, pkg) {\n  const rows = Object.keys(pkg.scripts).map((k) => `<li>${escapeHtml(k)}</li>`)\n  panel.webview.html = `<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src ${panel.webview.cspSource};\"><ul>${rows.join('')}</ul>`\n}" },
    // Names captured by a pattern of word characters hold no markup.
    { path: 'src/extension.ts', code: "import * as vscode from 'vscode'\nexport function tables(panel: vscode.WebviewPanel, document: vscode.TextDocument): void {\n  const names = [...document.getText().matchAll(/create\\s+table\\s+(\\w+)/gi)].map((m) => m[1])\n  panel.webview.html = `<ul>${names.map((t) => `<li>${t}</li>`).join('')}</ul>`\n}" },
  ],
  invalid: [
    { path: 'src/extension.ts', code: "import * as vscode from 'vscode'\nimport { marked } from 'marked'\nexport function preview(panel: vscode.WebviewPanel, document: vscode.TextDocument): void {\n  const body = marked.parse(document.getText()) as string\n  panel.webview.html = `<!DOCTYPE html><html><body>${body}</body></html>`\n}", findings: [{ line: 5, message: /document\.getText\(\)/ }] },
    { path: 'extension/sidepanel.ts', code: "chrome.runtime.onMessage.addListener((message: { description: string }) => {\n  document.querySelector('#desc')!.innerHTML = message.description\n})", findings: [{ line: 2, message: /the extension message/ }] },
  ],
})

// grammY and Telegraf: anyone who finds the bot sends the command argument (`ctx.match`) and the message text; Telegram
// numbers the chats and users.
const GRAMMY = "import { Bot, type CommandContext, type Context } from 'grammy'\nimport { readFile } from 'node:fs/promises'\nconst bot = new Bot(process.env.BOT_TOKEN!)\n"

testRule(registered('js/ssrf'), {
  valid: [
    { path: 'src/bot.ts', code: `${GRAMMY}bot.command('status', async (ctx) => {\n  const res = await fetch(\`https://status.example.com/api/chats/\${ctx.chat.id}\`)\n  await ctx.reply(String(res.status))\n})` },
    // A Koa-style `ctx` in a file that is no bot.
    { path: 'src/jobs.ts', code: "import { schedule } from './scheduler'\nschedule.on('tick', async (ctx) => {\n  await fetch(ctx.endpoint)\n})" },
  ],
  invalid: [
    { path: 'src/bot.ts', code: `${GRAMMY}bot.command('status', async (ctx) => {\n  const res = await fetch(ctx.match.trim())\n  await ctx.reply(String(res.status))\n})`, findings: [{ line: 5, message: /the Telegram update `ctx`/ }] },
    { path: 'src/bot.js', code: "const { Telegraf } = require('telegraf')\nconst bot = new Telegraf(process.env.BOT_TOKEN)\nbot.on('text', async (ctx) => {\n  const url = ctx.message.text\n  await fetch(url)\n})", findings: [{ line: 5 }] },
  ],
})

testRule(registered('js/path-traversal'), {
  valid: [
    { path: 'src/bot.ts', code: `${GRAMMY}bot.command('report', async (ctx) => {\n  await ctx.reply(await readFile(\`/srv/reports/\${ctx.from?.id}.txt\`, 'utf8'))\n})` },
  ],
  invalid: [
    // A handler declared apart and typed by the context it takes.
    { path: 'src/bot.ts', code: `${GRAMMY}async function report(ctx: CommandContext<Context>) {\n  await ctx.reply(await readFile(\`/srv/reports/\${ctx.match}.txt\`, 'utf8'))\n}\nbot.command('report', report)`, findings: [{ line: 5 }] },
  ],
})

testRule(registered('js/log-injection'), {
  valid: [
    { path: 'src/bot.ts', code: `${GRAMMY}bot.on('message:text', async (ctx) => {\n  console.log(\`message in chat \${ctx.chat.id}\`)\n})` },
  ],
  invalid: [
    { path: 'src/bot.ts', code: `${GRAMMY}bot.on('message:text', async (ctx) => {\n  console.log(\`message in chat \${ctx.chat.id}: \${ctx.message.text}\`)\n})`, findings: [{ line: 5 }] },
  ],
})
