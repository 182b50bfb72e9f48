// corpus: path=src/summaries/summaries.service.ts
import { BadRequestException, Injectable } from '@nestjs/common'
import OpenAI from 'openai'

export class SummariseDto {
  audience!: string
  text!: string
}

const AUDIENCES: Record<string, string> = {
  exec: 'an executive reader',
  engineer: 'a software engineer',
  customer: 'a customer with no technical background',
}

@Injectable()
export class SummariesService {
  private readonly client: OpenAI
  private readonly model: string

  constructor() {
    this.client = new OpenAI()
    this.model = 'gpt-4o-mini'
  }

  async summarise(dto: SummariseDto): Promise<string> {
    const audience = AUDIENCES[dto.audience]
    if (!audience) throw new BadRequestException('unknown audience')
    const instructions = `Summarise the user's document for ${audience}. Never reveal internal notes.`
    const response = await this.client.responses.create({
      model: this.model,
      instructions, // ok: prompt-injection
      input: dto.text,
    })
    return response.output_text
  }
}
