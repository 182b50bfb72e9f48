// corpus: path=src/server/routers/assistant.ts
import { z } from 'zod';
import { TRPCError } from '@trpc/server';
import Anthropic from '@anthropic-ai/sdk';
import { ChatOpenAI } from '@langchain/openai';
import { ChatPromptTemplate } from '@langchain/core/prompts';
import { SystemMessage, HumanMessage } from '@langchain/core/messages';
import { router, protectedProcedure, publicProcedure } from '../trpc';

const anthropic = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY });
const llm = new ChatOpenAI({ model: 'gpt-4o-mini', temperature: 0 });
const PERSONAS = { concise: 'Answer in two sentences.', detailed: 'Answer thoroughly with examples.' } as const;

export const assistantRouter = router({
  ask: protectedProcedure
    .input(z.object({ question: z.string().max(2000), instructions: z.string().max(500).optional() }))
    .mutation(async ({ input, ctx }) => {
      const msg = await anthropic.messages.create({ // expect: prompt-injection
        model: 'claude-3-5-haiku-latest',
        max_tokens: 512,
        system: `You are the help assistant for ${ctx.org.name}. ${input.instructions ?? ''}`,
        messages: [{ role: 'user', content: input.question }],
      });
      return msg.content;
    }),

  askWithPersona: protectedProcedure
    .input(z.object({ question: z.string().max(2000), persona: z.enum(['concise', 'detailed']) }))
    .mutation(async ({ input }) => {
      const msg = await anthropic.messages.create({ // ok: prompt-injection
        model: 'claude-3-5-haiku-latest',
        max_tokens: 512,
        system: `You are a help assistant. ${PERSONAS[input.persona]}`,
        messages: [{ role: 'user', content: input.question }],
      });
      return msg.content;
    }),

  translate: publicProcedure
    .input(z.object({ text: z.string(), style: z.string() }))
    .mutation(async ({ input }) => {
      const res = await llm.invoke([ // expect: prompt-injection
        new SystemMessage(`Translate to English in the style of ${input.style}.`),
        new HumanMessage(input.text),
      ]);
      return res.content;
    }),

  classify: publicProcedure
    .input(z.object({ text: z.string() }))
    .mutation(async ({ input }) => {
      const prompt = ChatPromptTemplate.fromMessages([
        ['system', 'Classify the message as spam or ham. Reply with one word.'],
        ['human', '{text}'],
      ]);
      const res = await prompt.pipe(llm).invoke({ text: input.text }); // ok: prompt-injection
      return res.content;
    }),

  fetchDoc: protectedProcedure
    .input(z.object({ docUrl: z.string().url() }))
    .query(async ({ input }) => {
      const res = await fetch(input.docUrl); // expect: ssrf
      if (!res.ok) throw new TRPCError({ code: 'BAD_REQUEST' });
      return res.text();
    }),
});
