// corpus: path=src/routes/translate.js
const express = require('express')
const Anthropic = require('@anthropic-ai/sdk')

const router = express.Router()
const client = new Anthropic()

router.post('/translate', async (req, res) => {
  const { text, language } = req.body
  const message = await client.messages.create({
    model: 'claude-3-5-haiku-latest',
    max_tokens: 1024,
    system: `Translate the user's text into ${language}. Output only the translation.`, // expect: prompt-injection
    messages: [{ role: 'user', content: text }],
  })
  res.json({ translation: message.content[0].text })
})

module.exports = router
