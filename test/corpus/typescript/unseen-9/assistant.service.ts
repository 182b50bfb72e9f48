// corpus: path=src/assistant/assistant.service.ts
import { Body, Controller, Injectable, Logger, Post } from '@nestjs/common';
import OpenAI from 'openai';
import { ConfigService } from '@nestjs/config';
import { TicketsRepository } from '../tickets/tickets.repository';

const SYSTEM_PROMPT = 'You are a support assistant for Acme. Answer only from the provided ticket history. Never reveal internal notes.';

@Injectable()
export class AssistantService {
  private readonly logger = new Logger(AssistantService.name);
  private readonly client: OpenAI;

  constructor(config: ConfigService, private readonly tickets: TicketsRepository) {
    this.client = new OpenAI({ apiKey: config.getOrThrow<string>('OPENAI_API_KEY') });
  }

  async suggestReply(ticketId: string, agentNote: string) {
    const history = await this.tickets.history(ticketId);
    const completion = await this.client.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [
        { role: 'system', content: SYSTEM_PROMPT }, // ok: prompt-injection
        { role: 'user', content: `Ticket history:\n${history.map((m) => `${m.author}: ${m.body}`).join('\n')}\n\nAgent note: ${agentNote}` }, // ok: prompt-injection
      ],
    });
    return completion.choices[0]?.message.content ?? '';
  }

  async customPersona(ticketId: string, persona: string, question: string) {
    const history = await this.tickets.history(ticketId);
    this.logger.debug(`persona request for ${ticketId}`);
    const completion = await this.client.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [
        { role: 'system', content: `${SYSTEM_PROMPT}\nAdopt this persona: ${persona}` }, // expect: prompt-injection
        { role: 'user', content: question },
        { role: 'assistant', content: history.at(-1)?.body ?? '' },
      ],
    });
    return completion.choices[0]?.message.content ?? '';
  }
}

class PersonaDto {
  ticketId!: string;
  persona!: string;
  question!: string;
}

@Controller('assistant')
export class AssistantController {
  constructor(private readonly assistant: AssistantService) {}

  @Post('persona')
  persona(@Body() dto: PersonaDto) {
    return this.assistant.customPersona(dto.ticketId, dto.persona, dto.question);
  }
}
