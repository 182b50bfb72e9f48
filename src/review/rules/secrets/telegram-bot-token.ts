// Flags Telegram bot tokens (`123456789:AA…`), bare or inside `api.telegram.org/bot…` URLs.
// Known false positives: none seen; the token shape (bot id, `:AA`, 33 chars) is distinctive.
import type { LineRule, RuleHit } from '../../types'
import { maskSecret, rotateAndLoad, shannonEntropy } from './util'

const TOKEN = /(?<!\d)(\d{8,10}):(AA[A-Za-z0-9_-]{33})(?![A-Za-z0-9_-])/g

export const telegramBotToken: LineRule = {
  kind: 'line',
  meta: {
    id: 'secrets/telegram-bot-token',
    title: 'Telegram bot token committed',
    severity: 'major',
    category: 'security',
    pack: 'secrets',
    tier: 'core',
    languages: '*',
    description:
      'A bot token is the whole credential of a Telegram bot: with it anyone can read the messages sent to the bot and impersonate it.',
    examples: {
      bad: 'bot = telebot.TeleBot("6123456789:' + 'AAHk2Lq9ZvT4xWm7Nb3cYp6sRf1gJe0aUiQ")\n',
      good: 'bot = telebot.TeleBot(os.environ["TELEGRAM_BOT_TOKEN"])\n',
    },
  },
  trigger: [':AA'],
  check(ctx) {
    const text = ctx.line.text
    if (!text.includes(':AA')) return undefined
    const hits: RuleHit[] = []
    for (const m of text.matchAll(TOKEN)) {
      if (shannonEntropy(m[2]!) < 3.5) continue
      hits.push({
        line: ctx.line.newLine,
        message: `Telegram bot token for bot ${m[1]} (\`${m[1]}:${maskSecret(m[2]!, 2)}\`) is committed; it gives full control of the bot.`,
        suggestion: rotateAndLoad(ctx.file, 'token (`/revoke` in @BotFather)', 'TELEGRAM_BOT_TOKEN'),
      })
    }
    return hits
  },
}
