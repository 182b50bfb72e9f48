// corpus: path=src/ai/ai.service.ts
import { Injectable } from '@nestjs/common'
import { generateText, streamText } from 'ai'
import { openai } from '@ai-sdk/openai'
import { ChatOpenAI } from '@langchain/openai'
import { ChatPromptTemplate } from '@langchain/core/prompts'
import { SystemMessage, HumanMessage } from '@langchain/core/messages'

const BASE_SYSTEM = 'You are a code review assistant. Be concise and cite line numbers.'

export interface ReviewRequest {
  diff: string
  language: string
  styleGuide?: string
}

@Injectable()
export class AiService {
  private readonly chat = new ChatOpenAI({ model: 'gpt-4o-mini', temperature: 0 })

  async review(req: ReviewRequest) {
    const { text } = await generateText({ // ok: prompt-injection
      model: openai('gpt-4o-mini'),
      system: BASE_SYSTEM,
      prompt: `Review this ${req.language} diff:\n\n${req.diff}`,
    })
    return text
  }

  async reviewWithGuide(req: ReviewRequest) {
    const { text } = await generateText({ // expect: prompt-injection
      model: openai('gpt-4o-mini'),
      system: `${BASE_SYSTEM}\nFollow this style guide strictly:\n${req.styleGuide}`,
      prompt: req.diff,
    })
    return text
  }

  streamExplain(body: { code: string; audience: string }) {
    return streamText({ // expect: prompt-injection
      model: openai('gpt-4o-mini'),
      messages: [
        { role: 'system', content: `Explain code for a ${body.audience} audience.` },
        { role: 'user', content: body.code },
      ],
    })
  }

  async summarise(body: { text: string }) {
    const reply = await this.chat.invoke([ // ok: prompt-injection
      new SystemMessage('Summarise the user text in three bullet points.'),
      new HumanMessage(body.text),
    ])
    return reply.content
  }

  async summariseFor(body: { text: string; role: string }) {
    const reply = await this.chat.invoke([ // expect: prompt-injection
      new SystemMessage(`Summarise the user text for a ${body.role}.`),
      new HumanMessage(body.text),
    ])
    return reply.content
  }

  async classify(body: { ticket: string }) {
    const prompt = ChatPromptTemplate.fromMessages([
      ['system', 'Classify the ticket as bug, question or feature request.'],
      ['human', '{ticket}'],
    ])
    return prompt.pipe(this.chat).invoke({ ticket: body.ticket }) // ok: prompt-injection
  }
}
