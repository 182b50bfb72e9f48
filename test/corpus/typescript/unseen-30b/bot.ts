import { Client, Events, GatewayIntentBits, type ChatInputCommandInteraction } from 'discord.js'
import { PrismaClient } from '@prisma/client'
import { exec, execFile } from 'node:child_process'
import { promisify } from 'node:util'

const prisma = new PrismaClient()
const client = new Client({ intents: [GatewayIntentBits.Guilds] })
const sh = promisify(exec)
const run = promisify(execFile)

const SORTABLE = new Set(['points', 'messages', 'voice_minutes'])

async function handleRank(interaction: ChatInputCommandInteraction) {
  const user = interaction.options.getUser('member') ?? interaction.user
  const row = await prisma.score.findUnique({ where: { guildId_userId: { guildId: interaction.guildId!, userId: user.id } } })
  await interaction.reply(`${user.username}: ${row?.points ?? 0} points`)
}

async function handleTop(interaction: ChatInputCommandInteraction) {
  const rows = await prisma.score.findMany({ where: { guildId: interaction.guildId! }, orderBy: { points: 'desc' }, take: 10 })
  await interaction.reply(rows.map((r, i) => `${i + 1}. <@${r.userId}> ${r.points}`).join('\n') || 'No scores yet')
}

async function handleSearch(interaction: ChatInputCommandInteraction) {
  const term = interaction.options.getString('term', true)
  const rows = await prisma.$queryRawUnsafe<Array<{ content: string }>>(`SELECT content FROM messages WHERE guild_id = '${interaction.guildId}' AND content ILIKE '%${term}%' LIMIT 5`) // expect: sql-injection
  await interaction.reply(rows.map((r) => `> ${r.content}`).join('\n') || 'Nothing found')
}

async function handleLeaderboard(interaction: ChatInputCommandInteraction) {
  const column = interaction.options.getString('by') ?? 'points'
  if (!SORTABLE.has(column)) {
    await interaction.reply({ content: 'Unknown column', ephemeral: true })
    return
  }
  const rows = await prisma.$queryRawUnsafe<Array<{ user_id: string; value: number }>>(`SELECT user_id, ${column} AS value FROM scores WHERE guild_id = $1 ORDER BY ${column} DESC LIMIT 10`, interaction.guildId) // ok: sql-injection
  await interaction.reply(rows.map((r) => `<@${r.user_id}> ${r.value}`).join('\n'))
}

async function handleHistory(interaction: ChatInputCommandInteraction) {
  const member = interaction.options.getString('member', true)
  const rows = await prisma.$queryRaw<Array<{ day: string; n: number }>>`SELECT day, n FROM activity WHERE guild_id = ${interaction.guildId} AND user_name = ${member}` // ok: sql-injection
  await interaction.reply(rows.map((r) => `${r.day}: ${r.n}`).join('\n') || 'No activity')
}

async function handleTrace(interaction: ChatInputCommandInteraction) {
  const host = interaction.options.getString('host', true)
  await interaction.deferReply()
  const { stdout } = await sh(`traceroute -m 15 ${host}`) // expect: command-injection
  await interaction.editReply('```' + stdout.slice(0, 1900) + '```')
}

async function handlePing(interaction: ChatInputCommandInteraction) {
  const host = interaction.options.getString('host', true)
  const { stdout } = await run('ping', ['-c', '3', host]) // ok: command-injection
  await interaction.reply('```' + stdout + '```')
}

async function handleAvatar(interaction: ChatInputCommandInteraction) {
  const url = interaction.options.getString('url', true)
  const image = await fetch(url) // expect: ssrf
  await interaction.reply({ files: [{ attachment: Buffer.from(await image.arrayBuffer()), name: 'avatar.png' }] })
}

client.on(Events.InteractionCreate, async (interaction) => {
  if (!interaction.isChatInputCommand()) return
  if (interaction.commandName === 'rank') await handleRank(interaction)
  if (interaction.commandName === 'top') await handleTop(interaction)
  if (interaction.commandName === 'search') await handleSearch(interaction)
  if (interaction.commandName === 'leaderboard') await handleLeaderboard(interaction)
  if (interaction.commandName === 'history') await handleHistory(interaction)
  if (interaction.commandName === 'trace') await handleTrace(interaction)
  if (interaction.commandName === 'ping') await handlePing(interaction)
  if (interaction.commandName === 'avatar') await handleAvatar(interaction)
})

void client.login(process.env.DISCORD_TOKEN)
