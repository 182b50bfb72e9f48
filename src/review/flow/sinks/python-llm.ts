/**
 * LlamaIndex's ways of setting a model's instructions, which the shared LLM table (llm.ts) does
 * not name: a chat engine or agent built with `system_prompt=` (`index.as_chat_engine(...)`,
 * `SimpleChatEngine.from_defaults(...)`, `FunctionAgent(...)`), an LLM constructed with one, and a
 * `ChatMessage` in the system role; and Google GenAI's `GenerateContentConfig(system_instruction=)`. Request data there rewrites the rules the model follows (OWASP
 * LLM01); request data as the chat or query text itself is what these engines are for.
 */
import { isTainted, SAFE, type Value } from '../value'
import { callText, describeFlow, finding, scoped } from './common'
import { systemPromptVariables } from '../python-model'

const INSTRUCTION_KEYS = ['system_prompt', 'context_prompt', 'system_message', 'system_instruction']
/** Engine and agent builders, LLM classes, and Google GenAI's request config, that take `system_prompt=` (`system_instruction=`). */
const BUILDER = /^(GenerateContentConfig|as_chat_engine|as_query_engine|from_defaults|from_tools|from_tools_or_functions|FunctionAgent|ReActAgent|OpenAIAgent|CodeActAgent|AgentWorkflow|FunctionCallingAgent|OpenAI|AzureOpenAI|Ollama|Anthropic|Gemini|GoogleGenAI|Groq|MistralAI|Bedrock|BedrockConverse|LiteLLM|HuggingFaceLLM)$/
const SYSTEM_ROLE = /^(["'](system|developer)["']|MessageRole\.(SYSTEM|DEVELOPER)|(\w+\.)*MessageRole\.(SYSTEM|DEVELOPER))$/

function obeyed(v: Value | undefined): v is Value {
  // Only an allow-list check vouches for text the model will obey; HTML or SQL escaping does not.
  return !!v && isTainted(v) && ((v.safe ?? 0) & SAFE.all) !== SAFE.all
}

const FIX = 'Keep the instructions constant; pass what the user wrote as the chat or query text, and check any choice the client makes (persona, tone) against a fixed list.'

export const pythonEnginePromptInjection = scoped({ kinds: ['call'], needles: ['system_prompt', 'context_prompt', 'system_message', 'system_instruction', 'ChatMessage', 'PromptTemplate'] }, (ev, m) => {
  if (ev.kind !== 'call' || m.isTest) return undefined
  const name = ev.name || (ev.qname ?? '').replace(/^.*\./, '')
  if (BUILDER.test(name)) {
    for (const key of INSTRUCTION_KEYS) {
      const v = ev.kwargs.get(key)
      if (obeyed(v)) return finding('python/prompt-injection', ev, m, `\`${callText(ev.node, m)}\` writes ${describeFlow(v, '', m.row(ev.stmt))} into the engine's \`${key}\`: whoever sends it can override the rules the prompt sets (prompt injection)`, FIX, [v], 'major')
    }
    return undefined
  }
  // `(prompt | llm).invoke({"persona": persona, …})`: request data filling a variable of the prompt's system message.
  if (/^(invoke|ainvoke|stream|astream|batch|abatch|format_messages|format_prompt|format)$/.test(name) && ev.receiver) {
    const vars = systemPromptVariables(ev.receiver)
    const input = ev.args[0]?.fields
    for (const key of vars) {
      const v = input?.get(key) ?? ev.kwargs.get(key)
      if (obeyed(v)) return finding('python/prompt-injection', ev, m, `\`${callText(ev.node, m)}\` fills the system message's \`{${key}}\` with ${describeFlow(v, '', m.row(ev.stmt))}: whoever sends it can override the rules the prompt sets (prompt injection)`, FIX, [v], 'major')
    }
    return undefined
  }
  // `ChatMessage(role=MessageRole.SYSTEM, content=text)`, `ChatMessage.from_str(text, role="system")`.
  if (/^(ChatMessage|from_str)$/.test(name) && (name === 'ChatMessage' || /(^|\.)ChatMessage$/.test(ev.receiverText ?? ''))) {
    const role = ev.kwNodes.get('role')
    if (!role || !SYSTEM_ROLE.test(m.text(role))) return undefined
    const v = ev.kwargs.get('content') ?? ev.args[0]
    if (obeyed(v)) return finding('python/prompt-injection', ev, m, `\`${callText(ev.node, m)}\` puts ${describeFlow(v, '', m.row(ev.stmt))} in a system message: whoever sends it can override the rules the prompt sets (prompt injection)`, FIX, [v], 'major')
  }
  return undefined
})
