// corpus: path=src/bot.ts
import { Bot, InputFile, type Context } from 'grammy'
import { execFile, exec } from 'node:child_process'
import { promisify } from 'node:util'
import { readFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import postgres from 'postgres'

// Anyone on Telegram can find the bot and message it: command arguments and message text are theirs.
const bot = new Bot(process.env.BOT_TOKEN!)
const sql = postgres(process.env.DATABASE_URL!)
const sh = promisify(exec)
const run = promisify(execFile)

const REPORT_DIR = process.env.REPORT_DIR ?? '/var/lib/statusbot/reports'
const ADMINS = new Set((process.env.ADMIN_IDS ?? '').split(',').map(Number))
const HOSTNAME = /^(?=.{1,253}$)([a-z0-9-]{1,63}\.)+[a-z]{2,63}$/i

bot.command('start', (ctx) => ctx.reply('Send /status <host>, /dig <domain> or /report <day>.'))

bot.command('dig', async (ctx) => {
  const domain = ctx.match.trim()
  const { stdout } = await sh(`dig +short ${domain}`) // expect: command-injection
  await ctx.reply(stdout || 'no records')
})

bot.command('ping', async (ctx) => {
  const host = ctx.match.trim()
  if (!HOSTNAME.test(host)) return ctx.reply('That does not look like a host name.')
  const { stdout } = await run('ping', ['-c', '3', '-W', '2', host]) // ok: command-injection
  await ctx.reply(stdout.split('\n').slice(-3).join('\n'))
})

bot.command('status', async (ctx) => {
  const url = ctx.match.trim()
  const res = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(5000) }) // expect: ssrf
  await ctx.reply(`${url} answered ${res.status}`)
})

bot.command('uptime', async (ctx) => {
  const [row] = await sql<{ name: string; url: string }[]>`SELECT name, url FROM monitors WHERE chat_id = ${ctx.chat.id} AND name = ${ctx.match.trim()}` // ok: sql-injection
  if (!row) return ctx.reply('No such monitor.')
  const res = await fetch(row.url, { signal: AbortSignal.timeout(5000) })
  await ctx.reply(`${row.name}: ${res.ok ? 'up' : `down (${res.status})`}`)
})

bot.command('history', async (ctx) => {
  const name = ctx.match.trim()
  const rows = await sql.unsafe(`SELECT checked_at, status FROM checks WHERE chat_id = ${ctx.chat.id} AND monitor = '${name}' ORDER BY checked_at DESC LIMIT 10`) // expect: sql-injection
  await ctx.reply(rows.map((r) => `${r.checked_at.toISOString()} ${r.status}`).join('\n') || 'No checks yet.')
})

bot.command('report', async (ctx) => {
  const day = ctx.match.trim()
  const text = await readFile(join(REPORT_DIR, `${day}.txt`), 'utf8') // expect: path-traversal
  await ctx.reply(text.slice(0, 4000))
})

bot.command('chart', async (ctx) => {
  const day = basename(ctx.match.trim())
  await ctx.replyWithPhoto(new InputFile(join(REPORT_DIR, `${day}.png`))) // ok: path-traversal
})

bot.command('broadcast', async (ctx) => {
  if (!ADMINS.has(ctx.from?.id ?? 0)) return
  const chats = await sql<{ chat_id: number }[]>`SELECT DISTINCT chat_id FROM monitors`
  for (const { chat_id } of chats) await ctx.api.sendMessage(chat_id, ctx.match, { parse_mode: 'HTML' })
})

bot.on('message:text', async (ctx: Context) => {
  const text = ctx.message!.text
  console.log(`message from ${ctx.from?.username}: ${text}`) // expect: log-injection
  await sql`INSERT INTO inbox (chat_id, body) VALUES (${ctx.chat!.id}, ${text})` // ok: sql-injection
})

bot.catch((err) => {
  console.error('bot error', err.error)
})

void bot.start()
