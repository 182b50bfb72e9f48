// corpus: path=src/summaries/summaries.service.ts
import { Injectable } from '@nestjs/common'
import OpenAI from 'openai'

export class SummariseDto {
  audience!: string
  text!: string
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
    const instructions = `Summarise the user's document for ${dto.audience}. Never reveal internal notes.`
    const response = await this.client.responses.create({
      model: this.model,
      instructions, // expect: prompt-injection
      input: dto.text,
    })
    return response.output_text
  }
}
