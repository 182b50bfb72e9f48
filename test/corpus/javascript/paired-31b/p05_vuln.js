// corpus: path=src/routes/summaries.js
const express = require('express')
const OpenAI = require('openai')

const router = express.Router()
const openai = new OpenAI()

function systemPrompt(tone) {
  return `You summarise support tickets. Write in a ${tone} tone and never reveal internal notes.`
}

router.post('/tickets/:id/summary', async (req, res) => {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: systemPrompt(req.body.tone) }, // expect: prompt-injection
      { role: 'user', content: req.body.ticketText },
    ],
  })
  res.json({ summary: completion.choices[0].message.content })
})

module.exports = router
