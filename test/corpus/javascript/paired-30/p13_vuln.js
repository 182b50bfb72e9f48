// corpus: path=src/workers/summarize.js
const amqp = require('amqplib')
const OpenAI = require('openai')

const openai = new OpenAI()

async function start() {
  const conn = await amqp.connect(process.env.AMQP_URL)
  const channel = await conn.createChannel()
  await channel.assertQueue('reviews.summarize')
  channel.consume('reviews.summarize', async (msg) => {
    const review = JSON.parse(msg.content.toString())
    const completion = await openai.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [{ role: 'system', content: `Summarize this product review in one sentence: ${review.text}` }], // expect: prompt-injection
    })
    await channel.sendToQueue('reviews.summaries', Buffer.from(JSON.stringify({ id: review.id, summary: completion.choices[0].message.content })))
    channel.ack(msg)
  })
}

module.exports = { start }
