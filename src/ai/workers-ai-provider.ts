/**
 * Workers AI through the `AI` binding. JSON mode (`response_format: json_schema`) is asked for on
 * every call; models that support it reply with `{ response: object }`, others with text, and
 * the OpenAI-compatible ones (gpt-oss, qwen3) with `choices`. All three shapes are accepted.
 */
import { AiProviderError, type AiProvider, type ChatMessage, type ChatOptions } from './provider'

/** The slice of the `Ai` binding this provider uses, so tests can pass a plain object. */
export interface WorkersAiBinding {
  run(model: string, inputs: Record<string, unknown>, options?: { signal?: AbortSignal }): Promise<unknown>
}

export function createWorkersAiProvider(ai: WorkersAiBinding, model: string): AiProvider {
  return {
    name: 'workers-ai',
    model,
    async chat(messages: ChatMessage[], opts: ChatOptions): Promise<string> {
      const reply = await ai.run(
        model,
        {
          messages,
          // Workers AI defaults to 256 output tokens, far too few for a list of findings.
          max_tokens: opts.maxTokens,
          temperature: 0,
          response_format: { type: 'json_schema', json_schema: opts.schema },
        },
        { signal: opts.signal },
      )
      return replyText(reply)
    },
  }
}

function replyText(reply: unknown): string {
  if (typeof reply === 'string') return reply
  if (reply !== null && typeof reply === 'object') {
    const { response, choices } = reply as { response?: unknown; choices?: unknown }
    if (typeof response === 'string') return response
    // JSON mode hands back the parsed object; the reply parser wants text like every other shape.
    if (response !== null && typeof response === 'object') return JSON.stringify(response)
    const content = Array.isArray(choices) ? (choices[0] as { message?: { content?: unknown } } | undefined)?.message?.content : undefined
    if (typeof content === 'string') return content
  }
  throw new AiProviderError('bad-reply', 'unexpected reply shape')
}
