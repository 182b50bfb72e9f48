// corpus: path=src/agent/run.ts
import OpenAI from 'openai'
import type { Ticket } from '../tickets/types'

const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY }) // ok: hardcoded-secret

const BASE_INSTRUCTIONS = 'You triage support tickets. Reply with one of: bug, billing, account, other.'

export async function triage(ticket: Ticket): Promise<string> {
  const res = await client.chat.completions.create({ // ok: prompt-injection
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: BASE_INSTRUCTIONS },
      { role: 'user', content: `Subject: ${ticket.subject}\n\n${ticket.body}` },
    ],
  })
  return res.choices[0]?.message.content?.trim() ?? 'other'
}

export async function triageWithTeamRules(ticket: Ticket, teamRules: string): Promise<string> {
  const system = BASE_INSTRUCTIONS + '\n' + teamRules + '\nCustomer note: ' + ticket.customerNote // expect: prompt-injection
  const res = await client.chat.completions.create({ // also: prompt-injection
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: system },
      { role: 'user', content: ticket.body },
    ],
  })
  return res.choices[0]?.message.content?.trim() ?? 'other'
}
