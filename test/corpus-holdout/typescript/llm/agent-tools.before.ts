import OpenAI from 'openai'
import type { Ticket } from '../tickets/types'


const BASE_INSTRUCTIONS = 'You triage support tickets. Reply with one of: bug, billing, account, other.'


export async function triageWithTeamRules(ticket: Ticket, teamRules: string): Promise<string> {
  const system = BASE_INSTRUCTIONS + '\n' + teamRules
  const res = await client.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: system },
      { role: 'user', content: ticket.body },
    ],
  })
  return res.choices[0]?.message.content?.trim() ?? 'other'
}
