// corpus: path=src/assistant/assistant.router.ts
import express, { type Request, type Response } from 'express';
import OpenAI from 'openai';
import Anthropic from '@anthropic-ai/sdk';
import { streamText } from 'ai';
import { openai as openaiProvider } from '@ai-sdk/openai';

const router = express.Router();
const openai = new OpenAI();
const anthropic = new Anthropic();

const SYSTEM = 'You are the support assistant for Acme Cloud. Answer only questions about Acme products.';

interface AskBody {
  question: string;
  customerNotes?: string;
  style?: string;
}

router.post('/ask', async (req: Request<{}, {}, AskBody>, res: Response) => {
  const { question, customerNotes } = req.body;
  const instructions = `${SYSTEM}\nNotes from the customer profile: ${customerNotes ?? 'none'}`;
  const response = await openai.responses.create({ // expect: prompt-injection
    model: 'gpt-4.1-mini',
    instructions,
    input: question,
  });
  res.json({ answer: response.output_text });
});

router.post('/ask/plain', async (req: Request<{}, {}, AskBody>, res: Response) => {
  const response = await openai.responses.create({ // ok: prompt-injection
    model: 'gpt-4.1-mini',
    instructions: SYSTEM,
    input: req.body.question,
  });
  res.json({ answer: response.output_text });
});

router.post('/ask/styled', async (req: Request<{}, {}, AskBody>, res: Response) => {
  const msg = await anthropic.messages.create({ // expect: prompt-injection
    model: 'claude-sonnet-4-5',
    max_tokens: 1024,
    system: [{ type: 'text', text: `${SYSTEM} Reply in the style: ${req.body.style}` }],
    messages: [{ role: 'user', content: req.body.question }],
  });
  res.json({ answer: msg.content });
});

router.post('/ask/stream', async (req: Request<{}, {}, AskBody>, res: Response) => {
  const result = streamText({ // expect: prompt-injection
    model: openaiProvider('gpt-4o-mini'),
    system: SYSTEM + ' Additional rules: ' + req.body.customerNotes,
    prompt: req.body.question,
  });
  result.pipeTextStreamToResponse(res);
});

router.post('/ask/stream-plain', async (req: Request<{}, {}, AskBody>, res: Response) => {
  const result = streamText({ // ok: prompt-injection
    model: openaiProvider('gpt-4o-mini'),
    system: SYSTEM,
    messages: [{ role: 'user', content: req.body.question }],
  });
  result.pipeTextStreamToResponse(res);
});

router.post('/ask/dev', async (req: Request<{}, {}, AskBody>, res: Response) => {
  const completion = await openai.chat.completions.create({ // expect: prompt-injection
    model: 'gpt-4o',
    messages: [
      { role: 'developer', content: `${SYSTEM} The user's company is ${req.body.customerNotes}.` },
      { role: 'user', content: req.body.question },
    ],
  });
  res.json({ answer: completion.choices[0].message.content });
});

export default router;
