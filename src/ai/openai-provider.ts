/**
 * Any OpenAI-compatible chat-completions endpoint: OpenAI, Groq, OpenRouter, Workers AI's own
 * `/ai/v1`, self-hosted vLLM or Ollama. Only `json_object` mode is requested (the schema goes in
 * the prompt) because it is the one every such server accepts.
 */
import { AiProviderError, type AiProvider, type ChatMessage, type ChatOptions } from './provider'

export interface OpenAiProviderOptions {
  baseUrl: string
  model: string
  /** Self-hosted servers often have no key; then no `Authorization` header is sent. */
  apiKey?: string
  fetch?: typeof fetch
}

/**
 * `${base}/chat/completions`. A bare host (`http://localhost:11434`) gets `/v1`; any other path
 * is kept, since some providers version elsewhere (`.../v1beta/openai`). Undefined when unusable.
 */
export function chatCompletionsUrl(baseUrl: string): string | undefined {
  let url: URL
  try {
    url = new URL(baseUrl.trim())
  } catch {
    return undefined
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined
  const path = url.pathname.replace(/\/+$/, '').replace(/\/chat\/completions$/, '')
  url.pathname = `${path === '' ? '/v1' : path}/chat/completions`
  return url.toString()
}

export function createOpenAiProvider(options: OpenAiProviderOptions): AiProvider {
  const endpoint = chatCompletionsUrl(options.baseUrl)
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init))
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' }
  if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`

  return {
    name: 'openai',
    model: options.model,
    async chat(messages: ChatMessage[], opts: ChatOptions): Promise<string> {
      if (!endpoint) throw new AiProviderError('provider', 'AI_BASE_URL is not an http(s) URL')
      const body = JSON.stringify({
        model: options.model,
        messages,
        max_tokens: opts.maxTokens,
        temperature: 0,
        response_format: { type: 'json_object' },
      })
      let response: Response
      try {
        response = await doFetch(endpoint, { method: 'POST', headers, body, signal: opts.signal })
      } catch (error) {
        if (opts.signal.aborted) throw error
        // The platform's message may quote the URL; the status-free reason is enough.
        throw new AiProviderError('network', 'network error')
      }
      if (!response.ok) {
        await response.body?.cancel()
        throw new AiProviderError('http', `HTTP ${response.status}`, response.status)
      }
      let payload: unknown
      try {
        payload = await response.json()
      } catch {
        throw new AiProviderError('bad-reply', 'reply is not JSON')
      }
      return messageContent(payload)
    },
  }
}

function messageContent(payload: unknown): string {
  const choice = (payload as { choices?: Array<{ message?: { content?: unknown } }> } | null)?.choices?.[0]
  const content = choice?.message?.content
  if (typeof content === 'string') return content
  // Some servers return content parts: [{ type: 'text', text }].
  if (Array.isArray(content)) {
    const text = content.map((part) => (typeof part?.text === 'string' ? part.text : '')).join('')
    if (text !== '') return text
  }
  throw new AiProviderError('bad-reply', 'unexpected reply shape')
}
