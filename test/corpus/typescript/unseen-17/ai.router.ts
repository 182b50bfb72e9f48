// corpus: path=src/server/api/routers/ai.ts
import Anthropic from '@anthropic-ai/sdk';
import { openai } from '@ai-sdk/openai';
import { generateText, streamText } from 'ai';
import { z } from 'zod';
import { createTRPCRouter, protectedProcedure } from '../trpc';

const anthropic = new Anthropic();

const SUPPORT_PROMPT = `You are the Acme support assistant.
Only answer questions about Acme products. Do not discuss pricing exceptions.`;

export const aiRouter = createTRPCRouter({
  summarize: protectedProcedure
    .input(z.object({ text: z.string().max(20_000), tone: z.string().max(200) }))
    .mutation(async ({ input }) => {
      const { text } = await generateText({ // expect: prompt-injection
        model: openai('gpt-4o-mini'),
        system: `Summarize the document in a ${input.tone} tone. Keep it under 120 words.`,
        prompt: input.text,
      });
      return { summary: text };
    }),

  answer: protectedProcedure
    .input(z.object({ question: z.string().max(4000) }))
    .mutation(async ({ input }) => {
      const { text } = await generateText({ // ok: prompt-injection
        model: openai('gpt-4o-mini'),
        system: SUPPORT_PROMPT,
        prompt: input.question,
      });
      return { answer: text };
    }),

  chat: protectedProcedure
    .input(z.object({ persona: z.string(), messages: z.array(z.object({ role: z.enum(['user', 'assistant']), content: z.string() })) }))
    .mutation(async ({ input, ctx }) => {
      const reply = await anthropic.messages.create({ // expect: prompt-injection
        model: 'claude-3-5-sonnet-latest',
        max_tokens: 1024,
        system: `${SUPPORT_PROMPT}\nAdopt this persona: ${input.persona}`,
        messages: input.messages,
      });
      await ctx.db.chatLog.create({ data: { userId: ctx.session.user.id, persona: input.persona } });
      return reply.content;
    }),

  draft: protectedProcedure
    .input(z.object({ topic: z.string().max(300) }))
    .mutation(async ({ input, ctx }) => {
      const result = streamText({ // ok: prompt-injection
        model: openai('gpt-4o'),
        messages: [
          { role: 'system', content: SUPPORT_PROMPT },
          { role: 'user', content: `Write a short help-center article about: ${input.topic}` },
        ],
      });
      let out = '';
      for await (const chunk of result.textStream) out += chunk;
      await ctx.db.draft.create({ data: { authorId: ctx.session.user.id, body: out } });
      return out;
    }),

  classify: protectedProcedure
    .input(z.object({ ticket: z.string(), labels: z.array(z.string()).max(20) }))
    .mutation(async ({ input }) => {
      const instructions = 'Classify the ticket into exactly one of these labels: ' + input.labels.join(', ');
      const { text } = await generateText({ // expect: prompt-injection
        model: openai('gpt-4o-mini'),
        messages: [
          { role: 'system', content: instructions },
          { role: 'user', content: input.ticket },
        ],
      });
      return text.trim();
    }),
});
