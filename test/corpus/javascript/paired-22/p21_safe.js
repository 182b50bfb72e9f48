// corpus: path=src/routes/translate.js
const express = require('express')
const Anthropic = require('@anthropic-ai/sdk')

const router = express.Router()
const client = new Anthropic()
const LANGUAGES = { de: 'German', fr: 'French', es: 'Spanish', ja: 'Japanese' }

router.post('/translate', async (req, res) => {
  const { text, language } = req.body
  const target = LANGUAGES[language]
  if (!target) return res.status(422).json({ error: 'validation_failed' })
  const message = await client.messages.create({
    model: 'claude-3-5-haiku-latest',
    max_tokens: 1024,
    system: `Translate the user's text into ${target}. Output only the translation.`, // ok: prompt-injection
    messages: [{ role: 'user', content: text }],
  })
  res.json({ translation: message.content[0].text })
})

module.exports = router
