import { Client, Events, GatewayIntentBits, type ChatInputCommandInteraction } from 'discord.js'
import { PrismaClient } from '@prisma/client'

const prisma = new PrismaClient()
const client = new Client({ intents: [GatewayIntentBits.Guilds] })

async function handleRank(interaction: ChatInputCommandInteraction) {
  const user = interaction.options.getUser('member') ?? interaction.user
  const row = await prisma.score.findUnique({ where: { guildId_userId: { guildId: interaction.guildId!, userId: user.id } } })
  await interaction.reply(`${user.username}: ${row?.points ?? 0} points`)
}

async function handleTop(interaction: ChatInputCommandInteraction) {
  const rows = await prisma.score.findMany({ where: { guildId: interaction.guildId! }, orderBy: { points: 'desc' }, take: 10 })
  await interaction.reply(rows.map((r, i) => `${i + 1}. <@${r.userId}> ${r.points}`).join('\n') || 'No scores yet')
}

client.on(Events.InteractionCreate, async (interaction) => {
  if (!interaction.isChatInputCommand()) return
  if (interaction.commandName === 'rank') await handleRank(interaction)
  if (interaction.commandName === 'top') await handleTop(interaction)
})

void client.login(process.env.DISCORD_TOKEN)
