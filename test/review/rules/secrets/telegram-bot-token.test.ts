import { telegramBotToken } from '../../../../src/review/rules/secrets/telegram-bot-token'
import { testRule } from '../../rule-tester'

const TOKEN = '6516359390:' + 'AAfVIGOWDnZ9VSrjUT2ltmuHIcESw6WM9Ny'

testRule(telegramBotToken, {
  valid: [
    { code: 'bot = Bot(token=os.environ["TELEGRAM_BOT_TOKEN"])\n', path: 'bot.py' },
    // Telegram's documentation sample has a different shape.
    { code: 'TOKEN=123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11\n', path: 'README.md' },
    "const time = '12:30:45'\nconst ratio = '16:9'\n",
    "const url = `https://api.telegram.org/bot${token}/sendMessage`\n",
    { code: 'TOKEN = "1234567890:AAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"\n', path: 'bot.py' },
  ],
  invalid: [
    {
      code: `bot = telebot.TeleBot("${TOKEN}")\n`,
      path: 'bot.py',
      findings: [{ line: 1, severity: 'major', message: /bot 6516359390 \(`6516359390:AA…\(35 chars\)`\)/, suggestion: /@BotFather/ }],
    },
    { code: `await fetch('https://api.telegram.org/bot${TOKEN}/sendMessage', { method: 'POST', body })\n`, findings: [{ line: 1, suggestion: /process\.env\.TELEGRAM_BOT_TOKEN/ }] },
    { code: `TELEGRAM_TOKEN: "${TOKEN}"\n`, path: 'k8s/bot.yaml', findings: [{ line: 1 }] },
  ],
})
