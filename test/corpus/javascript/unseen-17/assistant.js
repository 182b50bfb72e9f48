// corpus: path=server/assistant.js
const express = require('express');
const OpenAI = require('openai');
const { ChatOpenAI } = require('@langchain/openai');
const { SystemMessage, HumanMessage } = require('@langchain/core/messages');
const { ChatPromptTemplate } = require('@langchain/core/prompts');

const router = express.Router();
const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
const model = new ChatOpenAI({ model: 'gpt-4o-mini', temperature: 0 });

const RULES = 'You are a helpful assistant for Acme Travel. Never book or cancel anything yourself.';

router.post('/chat', async (req, res) => {
  const { message, language } = req.body;
  const reply = await model.invoke([
    new SystemMessage(`${RULES} Always answer in ${language}.`), // expect: prompt-injection
    new HumanMessage(message),
  ]);
  res.json({ reply: reply.content });
});

router.post('/chat/plain', async (req, res) => {
  const reply = await model.invoke([new SystemMessage(RULES), new HumanMessage(req.body.message)]); // ok: prompt-injection
  res.json({ reply: reply.content });
});

router.post('/itinerary', async (req, res) => {
  const response = await client.responses.create({ // expect: prompt-injection
    model: 'gpt-4o-mini',
    instructions: `${RULES}\nTraveller notes: ${req.body.notes}`,
    input: req.body.request,
  });
  res.json({ text: response.output_text });
});

router.post('/itinerary/plain', async (req, res) => {
  const response = await client.responses.create({ // ok: prompt-injection
    model: 'gpt-4o-mini',
    instructions: RULES,
    input: req.body.request,
  });
  res.json({ text: response.output_text });
});

router.post('/translate', async (req, res) => {
  const prompt = ChatPromptTemplate.fromMessages([
    ['system', 'Translate the user text into {language}. Output only the translation.'],
    ['human', '{text}'],
  ]);
  const chain = prompt.pipe(model);
  const out = await chain.invoke({ language: req.body.language, text: req.body.text }); // ok: prompt-injection
  res.json({ text: out.content });
});

router.post('/agent', async (req, res) => {
  const messages = [{ role: 'system', content: RULES + '\n' + req.body.extraRules }, { role: 'user', content: req.body.task }];
  const completion = await client.chat.completions.create({ model: 'gpt-4o', messages }); // expect: prompt-injection
  res.json({ answer: completion.choices[0].message.content });
});

module.exports = router;
