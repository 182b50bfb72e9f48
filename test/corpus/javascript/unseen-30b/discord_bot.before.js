'use strict'

const { Client, GatewayIntentBits, Events } = require('discord.js')
const Database = require('better-sqlite3')
const { execFile } = require('child_process')

const db = new Database(process.env.BOT_DB || 'bot.sqlite')
db.exec('CREATE TABLE IF NOT EXISTS quotes (id INTEGER PRIMARY KEY, guild TEXT, author TEXT, text TEXT)')

const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent] })
const PREFIX = '!'

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

  if (cmd === 'uptime') {
    execFile('uptime', ['-p'], (err, stdout) => message.reply(err ? 'unavailable' : stdout.trim()))
  }
})

client.once(Events.ClientReady, (c) => {
  c.user.setActivity('!quote')
})

client.login(process.env.DISCORD_TOKEN)
