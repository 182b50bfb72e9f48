// corpus: path=src/assistant/summarize.js
const OpenAI = require('openai')
const openai = new OpenAI()

async function summarizeThread(req, res) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: `You summarize support threads for ${req.body.product}. Follow these notes: ${req.body.instructions}` }, // expect: prompt-injection
      { role: 'user', content: req.body.thread },
    ],
  })
  res.json({ summary: completion.choices[0].message.content })
}

module.exports = { summarizeThread }
