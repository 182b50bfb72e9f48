import { describe, it } from 'vitest'
import { MAX_SUMMARY_CHARS, parseAiReply } from '../../src/ai/parse-reply'
import { aiFinding, aiReply } from './fakes'

describe('parseAiReply', () => {
  it('accepts a bare JSON reply', ({ expect }) => {
    const reply = parseAiReply(aiReply([aiFinding()]))
    expect(reply).toEqual({
      ok: true,
      summary: 'Adds order loading and saving.',
      droppedInvalid: 0,
      findings: [
        {
          path: 'src/orders.ts',
          line: 24,
          severity: 'major',
          category: 'bug',
          title: 'Null order is dereferenced',
          message: '`loadOrder` can now return null, and `saveOrder` writes to it unchecked.',
          suggestion: 'Return early or throw when `existing` is null.',
        },
      ],
    })
  })

  it.for<[string, (json: string) => string]>([
    ['a json fence', (json: string) => '```json\n' + json + '\n```'],
    ['a bare fence', (json: string) => '```\n' + json + '\n```'],
    ['prose around it', (json: string) => `Here is my review:\n${json}\nHope this helps.`],
    ['a reasoning block', (json: string) => `<think>{"not": "this"}</think>\n${json}`],
  ])('tolerates %s', ([, wrap], { expect }) => {
    const reply = parseAiReply(wrap(aiReply([aiFinding()])))
    expect(reply.ok && reply.findings).toHaveLength(1)
  })

  it.for<[string, string]>([
    ['not JSON', 'I found no issues, looks good to me!'],
    ['truncated JSON', aiReply([aiFinding()]).slice(0, 60)],
    ['a JSON array', '[1, 2, 3]'],
    ['an object with neither field', '{"verdict": "ok"}'],
    ['findings that is not an array', '{"summary": "x", "findings": "none"}'],
    ['an empty reply', ''],
  ])('rejects %s as a whole', ([, text], { expect }) => {
    expect(parseAiReply(text)).toEqual({ ok: false })
  })

  it('drops and counts invalid findings one by one', ({ expect }) => {
    const reply = parseAiReply(
      aiReply([
        aiFinding(),
        aiFinding({ line: 0 }),
        aiFinding({ line: 2.5 }),
        aiFinding({ severity: 'blocker' }),
        aiFinding({ category: 'vibes' }),
        aiFinding({ title: '   ' }),
        aiFinding({ path: '' }),
        { path: 'src/orders.ts' },
        'just a string',
        aiFinding({ severity: 'MINOR', category: 'Security', line: '23', suggestion: '  ' }),
      ]),
    )
    expect(reply.ok).toBe(true)
    if (!reply.ok) return
    expect(reply.droppedInvalid).toBe(8)
    expect(reply.findings.map((f) => [f.line, f.severity, f.category, f.suggestion])).toEqual([
      [24, 'major', 'bug', 'Return early or throw when `existing` is null.'],
      [23, 'minor', 'security', null],
    ])
  })

  it('keeps critical for the cap to handle, and a missing suggestion as null', ({ expect }) => {
    const { suggestion: _, ...noSuggestion } = aiFinding({ severity: 'critical' })
    const reply = parseAiReply(aiReply([noSuggestion]))
    expect(reply.ok && reply.findings[0]).toMatchObject({ severity: 'critical', suggestion: null })
  })

  it('keeps only a trimmed, capped, single-paragraph summary of the free text', ({ expect }) => {
    const reply = parseAiReply(JSON.stringify({ summary: `  first\n\nsecond\u0007 ${'x'.repeat(3000)}`, findings: [], extra: 'dropped' }))
    if (!reply.ok) throw new Error('expected ok')
    expect(reply.summary!.startsWith('first second x')).toBe(true)
    expect(reply.summary!.length).toBe(MAX_SUMMARY_CHARS)
    expect(reply).not.toHaveProperty('extra')
    expect(parseAiReply('{"summary": "   ", "findings": []}')).toMatchObject({ ok: true, summary: null })
  })
})
