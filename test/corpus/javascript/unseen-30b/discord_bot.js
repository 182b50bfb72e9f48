'use strict'

const { Client, GatewayIntentBits, Events } = require('discord.js')
const Database = require('better-sqlite3')
const { exec, execFile } = require('child_process')
const fs = require('fs/promises')
const path = require('path')

const db = new Database(process.env.BOT_DB || 'bot.sqlite')
db.exec('CREATE TABLE IF NOT EXISTS quotes (id INTEGER PRIMARY KEY, guild TEXT, author TEXT, text TEXT)')

const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent] })
const PREFIX = '!'
const SOUNDS_DIR = path.join(__dirname, 'sounds')

const insertQuote = db.prepare('INSERT INTO quotes (guild, author, text) VALUES (?, ?, ?)')
const randomQuote = db.prepare('SELECT author, text FROM quotes WHERE guild = ? ORDER BY RANDOM() LIMIT 1')

client.on(Events.MessageCreate, async (message) => {
  if (message.author.bot || !message.content.startsWith(PREFIX)) return
  const [cmd, ...rest] = message.content.slice(PREFIX.length).trim().split(/\s+/)
  const arg = rest.join(' ')

  if (cmd === 'addquote') {
    insertQuote.run(message.guildId, message.author.username, arg)
    await message.reply('Saved.')
  }

  if (cmd === 'quote') {
    const row = randomQuote.get(message.guildId)
    await message.reply(row ? `"${row.text}" — ${row.author}` : 'No quotes yet.')
  }

  if (cmd === 'quotesby') {
    const rows = db.prepare(`SELECT text FROM quotes WHERE guild = ? AND author = '${arg}'`).all(message.guildId) // expect: sql-injection
    await message.reply(rows.map((r) => `> ${r.text}`).join('\n') || 'Nothing from them.')
  }

  if (cmd === 'forget') {
    const info = db.prepare('DELETE FROM quotes WHERE guild = ? AND text = ?').run(message.guildId, arg) // ok: sql-injection
    await message.reply(`Removed ${info.changes}.`)
  }

  if (cmd === 'uptime') {
    execFile('uptime', ['-p'], (err, stdout) => message.reply(err ? 'unavailable' : stdout.trim()))
  }

  if (cmd === 'dig') {
    exec(`dig +short ${arg}`, (err, stdout) => message.reply(err ? 'lookup failed' : '```' + stdout + '```')) // expect: command-injection
  }

  if (cmd === 'whois') {
    execFile('whois', [arg], (err, stdout) => message.reply(err ? 'lookup failed' : '```' + stdout.slice(0, 1800) + '```')) // ok: command-injection
  }

  if (cmd === 'sound') {
    const file = await fs.readFile(path.join(SOUNDS_DIR, `${arg}.mp3`)) // expect: path-traversal
    await message.reply({ files: [{ attachment: file, name: 'sound.mp3' }] })
  }

  if (cmd === 'sounds') {
    const names = (await fs.readdir(SOUNDS_DIR)).map((f) => path.basename(f, '.mp3'))
    const pick = names.includes(arg) ? arg : names[0]
    const file = await fs.readFile(path.join(SOUNDS_DIR, `${pick}.mp3`)) // ok: path-traversal
    await message.reply({ files: [{ attachment: file, name: `${pick}.mp3` }] })
  }
})

client.once(Events.ClientReady, (c) => {
  c.user.setActivity('!quote')
})

client.login(process.env.DISCORD_TOKEN)
