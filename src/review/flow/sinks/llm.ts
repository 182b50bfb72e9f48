/**
 * Request data written into an LLM's instructions: the system prompt of an OpenAI, Anthropic,
 * Vercel AI SDK or LangChain call, or the role of a message, taken from what the client sent.
 * Whoever writes that text rewrites the model's rules (OWASP LLM01). Request data in a `user`
 * message is what the model is for and stays quiet, as do instructions built from constants
 * and values the analysis cannot trace to the request.
 */
import type { CallEvent } from '../events'
import type { SNode } from '../../syntax/tree'
import { field, namedChildren, parameterName } from '../text'
import { isInert, isTainted, SAFE, type Value } from '../value'
import { callText, describeFlow, finding, type MatchContext, type Matcher, scoped } from './common'

/** Chat-completion style calls that take a `messages` list (OpenAI, Mistral, Groq, Ollama, LiteLLM). */
const MESSAGES_CALL = /(^|\.)(chat\.completions\.create|chat\.completions\.stream|chat\.completions\.parse|ChatCompletion\.create|ChatCompletion\.acreate|messages\.create|messages\.stream|chat\.complete|chat\.stream|litellm\.completion|litellm\.acompletion|completion|acompletion|ollama\.chat)$/
/** Amazon Bedrock's Converse API: the SDK for JavaScript's commands, boto3's `bedrock-runtime` client methods. */
const BEDROCK_CONVERSE = /(^|\.)(ConverseCommand|ConverseStreamCommand|converse|converse_stream)$/
/** Cloudflare Workers AI: `env.AI.run(model, { messages })` on the binding a Worker declares (named `AI` by convention). */
const WORKERS_AI = /(^|\.)AI\.run$/
/** Calls that take the instructions as their own argument (or, for Google's `generateContent`, in their `config`). */
const SYSTEM_KEYS = ['system', 'instructions', 'additional_instructions', 'system_prompt', 'systemPrompt', 'system_instruction', 'systemInstruction', 'preamble']
const INSTRUCTION_CALL = /(^|\.)(generateContent|generateContentStream|responses\.create|responses\.stream|assistants\.create|assistants\.update|runs\.create|runs\.createAndPoll|runs\.create_and_poll|runs\.create_and_stream|threads\.create_and_run|threads\.create_and_run_poll|threads\.createAndRun|threads\.createAndRunPoll|runs\.stream|messages\.create|messages\.stream|generateText|streamText|generateObject|streamObject|generate_content|GenerativeModel|getGenerativeModel|Agent|createAgent|chat\.send|chat|as_chat_engine)$|^ai\.(generateText|streamText|generateObject|streamObject)$/
/** LangChain messages and templates whose text is the system prompt. */
const SYSTEM_MESSAGE = /(^|\.)(SystemMessage|SystemMessagePromptTemplate\.from_template|SystemMessagePromptTemplate\.fromTemplate)$/
const PROMPT_TEMPLATE = /(^|\.)(ChatPromptTemplate\.from_messages|ChatPromptTemplate\.fromMessages)$/
/** A whole prompt written as one template: its text is the instructions (`PromptTemplate.from_template(text)`). */
const WHOLE_TEMPLATE = /(^|\.)((Chat)?PromptTemplate\.(from_template|fromTemplate)|PromptTemplate)$/
const SYSTEM_ROLES = /^(system|developer)$/
/** LangChain chat models and LLMs, by class (`new ChatOpenAI()`) or by the name they are usually given. */
const LANGCHAIN_MODEL = /^(@langchain\/[\w-]+|langchain[\w./-]*|langchain_\w+(\.\w+)*)\.(Chat\w+|\w*LLM|Ollama\w*|OpenAI|Anthropic)\.(invoke|ainvoke|stream|astream)$/
const CHAT_MODEL = /(^|\.)(llm|model|chat|chatModel|chat_model|chatLlm|chat_llm)$/i

const FIX = 'Keep the instructions constant; pass what the user wrote as a `user` message (or as delimited data inside one), and check any choice the client makes (persona, tone) against a fixed list.'

/** Written text that reads as instructions (`Translate into`, `You are a…`), not a bare label (`Question: `) before the request text. */
function instructions(prefix: string): boolean {
  return (prefix.match(/[A-Za-z]{2,}/g)?.length ?? 0) >= 2 && /[A-Za-z]{3,}/.test(prefix)
}

function taintedPrompt(v: Value | undefined): boolean {
  // Only an allow-list check vouches for text the model will obey; HTML or SQL escaping does not.
  return !!v && isTainted(v) && !v.taint?.dom && ((v.safe ?? 0) & SAFE.all) !== SAFE.all
}

/** A system-role entry of a `messages` list whose content (or whose role) came from the request. */
function systemEntry(messages: Value | undefined, systemText: (v: Value | undefined) => boolean = taintedPrompt): { value: Value; role: boolean } | undefined {
  for (const e of messages?.elements ?? []) {
    const role = e.fields?.get('role')
    if (role && taintedPrompt(role)) return { value: role, role: true }
    if (role?.str !== undefined && SYSTEM_ROLES.test(role.str) && systemText(e.fields?.get('content'))) return { value: e.fields!.get('content')!, role: false }
    // LangChain tuples: `("system", text)`.
    const [kind, text] = e.elements ?? []
    if (kind?.str !== undefined && SYSTEM_ROLES.test(kind.str) && systemText(text)) return { value: text!, role: false }
  }
  return undefined
}

/** Whether the call carries instructions the server wrote: a system message, or a system/instructions option, with no unchecked request data. */
function ownInstructions(ev: CallEvent): boolean {
  for (const e of ev.kwargs.get('messages')?.elements ?? []) {
    const role = e.fields?.get('role')
    if (role?.str !== undefined && SYSTEM_ROLES.test(role.str) && !taintedPrompt(e.fields?.get('content'))) return true
  }
  return SYSTEM_KEYS.some((key) => ev.kwargs.has(key) && !taintedPrompt(ev.kwargs.get(key)))
}

/**
 * A tool definition from the request (`tools: body.actions.map((a) => ({ type: 'function', function: { name, description } }))`,
 * legacy `functions`) beside instructions the server wrote: the model reads each tool's description as guidance on when and
 * how to call it, so whoever wrote the description speaks with the operator's voice. A gateway that passes the client's whole
 * conversation on has no instructions of its own to override.
 */
function requestTools(ev: CallEvent): Value | undefined {
  const tools = ev.kwargs.get('tools') ?? ev.kwargs.get('functions')
  if (!tools || !ownInstructions(ev)) return undefined
  for (const e of tools.elements ?? []) {
    const description = e.fields?.get('function')?.fields?.get('description') ?? e.fields?.get('description')
    if (taintedPrompt(description)) return description
  }
  return !tools.elements && taintedPrompt(tools) ? tools : undefined
}

/**
 * A tool definition in a call's `tools` list that came from the request: the whole spec
 * (`{"type": "function", "function": body.tool}`), or its description (OpenAI's `function.description`,
 * Anthropic's top-level `description`).
 */
function toolDefinition(tools: Value | undefined): Value | undefined {
  for (const entry of tools?.elements ?? []) {
    const spec = entry.fields?.get('function') ?? entry
    for (const v of [spec, spec.fields?.get('description'), spec.fields?.get('name')]) if (taintedPrompt(v)) return v
  }
  return undefined
}

/**
 * Python: the parameters of the function a call sits in whose text (or a field of which) a prompt was formatted from,
 * outside web handlers (whose parameters are request data already). `def answer_as(question, persona)` building
 * `"… Adopt this persona: " + persona` into the system message is the instructions every caller's persona rewrites.
 */
function parameterParts(v: Value | undefined, ev: CallEvent, m: MatchContext): string[] {
  const def = ev.fn.node
  // A function whose callers are all in this file gets from them what they hand it: request data there is followed in.
  if (!v?.built || v.taint || isInert(v) || ev.fn.handler || ev.fn.callersInView || !def || def.type !== 'function_definition') return []
  const params = new Set(namedChildren(field(def, 'parameters') ?? def).map((p) => parameterName(p)).filter((p): p is SNode => !!p).map((p) => m.text(p)))
  params.delete('self')
  params.delete('cls')
  const decoded = decodedFromParameters(def, params, m)
  return v.built.parts.flatMap((part) => {
    const root = /^[A-Za-z_]\w*/.exec(part)?.[0] ?? ''
    if (params.has(root)) return [`\`${part}\``]
    const origin = decoded.get(root)
    return origin ? [`\`${part}\` (from \`${origin}\`)`] : []
  })
}

/** Decoders whose result is the text they were handed, in another shape: `json.loads(body)`, `body.decode()`. */
const DECODE = /^(json\.loads|orjson\.loads|ujson\.loads|loads|msgpack\.unpackb|yaml\.safe_load|str)\(\s*([A-Za-z_]\w*)/

/**
 * Locals of the function that hold a parameter's own text in another shape, assigned before use:
 * `ticket = json.loads(body)`, `event = message["payload"]`, `data = body.decode()`. A queue consumer's
 * `on_ticket(ch, method, props, body)` decoding the message and formatting `ticket["description"]` into
 * the system message lets whoever publishes the message rewrite the rules as the raw body would.
 */
function decodedFromParameters(def: SNode, params: ReadonlySet<string>, m: MatchContext): Map<string, string> {
  const out = new Map<string, string>()
  const origin = (name: string): string | undefined => (params.has(name) ? name : out.get(name))
  const visit = (n: SNode): void => {
    if (n.type === 'function_definition' && n !== def) return
    if (n.type === 'assignment') {
      const left = field(n, 'left')
      const right = field(n, 'right')
      if (left?.type === 'identifier' && right) {
        const text = m.text(right)
        const root = DECODE.exec(text)?.[2] ?? /^([A-Za-z_]\w*)(\s*\[[^\]]*\]|\.(decode|get)\([^()]*\)|\.(value|data|body|payload))*$/.exec(text)?.[1]
        const from = root && root !== text ? origin(root) : undefined
        if (from && origin(m.text(left)) === undefined) out.set(m.text(left), from)
      }
    }
    for (const c of namedChildren(n)) visit(c)
  }
  visit(field(def, 'body') ?? def)
  return out
}

function report(ev: CallEvent, m: MatchContext, ruleId: string, v: Value, role: boolean): ReturnType<Matcher> {
  const params = ruleId.startsWith('python/') && !v.taint ? parameterParts(v, ev, m) : []
  if (params.length > 0) {
    const names = params.join(', ')
    return finding(ruleId, ev, m, `\`${callText(ev.node, m)}\` formats the parameter${params.length > 1 ? 's' : ''} ${names} into the model's system instructions: a caller passing on what a user wrote lets it override the rules the prompt sets (prompt injection)`, FIX, [v], 'major')
  }
  const what = describeFlow(v, '', m.row(ev.stmt))
  const message = role
    ? `\`${callText(ev.node, m)}\` lets ${what} choose a message's role: the client can send its own system instructions to the model`
    : `\`${callText(ev.node, m)}\` writes ${what} into the model's system instructions: whoever sends it can override the rules the prompt sets (prompt injection)`
  return finding(ruleId, ev, m, message, FIX, [v], 'major')
}

/**
 * The chat endpoints of the model providers' HTTP APIs, called without their SDK (`fetch('https://api.openai.com/v1/chat/completions',
 * { body: JSON.stringify({ model, messages }) })`): the JSON body holds the same `messages`, `system` and `instructions`.
 */
const LLM_ENDPOINT = /^https:\/\/(api\.openai\.com\/v1\/(chat\/completions|responses)|[\w-]+\.openai\.azure\.com\/openai\/deployments\/[^/]+\/chat\/completions|api\.anthropic\.com\/v1\/messages|api\.groq\.com\/openai\/v1\/chat\/completions|api\.mistral\.ai\/v1\/chat\/completions|openrouter\.ai\/api\/v1\/chat\/completions|api\.deepseek\.com\/(v1\/)?chat\/completions|api\.together\.xyz\/v1\/chat\/completions|api\.perplexity\.ai\/chat\/completions|api\.x\.ai\/v1\/chat\/completions)\b/
const HTTP_CALL = /^(fetch|node-fetch|cross-fetch|undici\.(request|fetch)|axios|axios\.post|got|got\.post|ky|ky\.post|ofetch|\$fetch)$/

/** The JSON body of a call to a provider's chat endpoint, as the analysis read it (fields of `JSON.stringify(x)`, axios's data, got's `json`). */
function llmRequestBody(ev: CallEvent): Value | undefined {
  const q = ev.qname ?? ''
  if (!HTTP_CALL.test(q)) return undefined
  const url = ev.args[0]?.str ?? ev.args[0]?.built?.prefix ?? ev.args[0]?.fields?.get('url')?.str
  if (url === undefined || !LLM_ENDPOINT.test(url)) return undefined
  if (/^axios\.post$/.test(q)) return ev.args[1]
  const options = ev.args[1] ?? ev.args[0]
  return options?.fields?.get('body') ?? options?.fields?.get('json') ?? options?.fields?.get('data')
}

/** The last names of every call above: most calls are turned away on this alone. */
const CALL_NAMES = /^(converse|converse_stream|generateContent|generateContentStream|invoke|ainvoke|astream|run|generate|create_and_poll|create_and_stream|create_and_run|create_and_run_poll|ConverseCommand|ConverseStreamCommand|create|createAndPoll|update|stream|parse|acreate|complete|completion|acompletion|chat|send|generateText|streamText|generateObject|streamObject|generate_content|GenerativeModel|getGenerativeModel|Agent|createAgent|as_chat_engine|SystemMessage|PromptTemplate|from_template|fromTemplate|from_messages|fromMessages)$/

function promptInjection(ruleId: string): Matcher {
  const python = ruleId.startsWith('python/')
  return (ev, m) => {
    if (ev.kind !== 'call' || m.isTest) return undefined
    const http = python ? undefined : llmRequestBody(ev)
    if (http) {
      const entry = systemEntry(http.fields?.get('messages'))
      if (entry) return report(ev, m, ruleId, entry.value, entry.role)
      const v = SYSTEM_KEYS.map((key) => http.fields?.get(key)).find((x) => taintedPrompt(x))
      return v ? report(ev, m, ruleId, v, false) : undefined
    }
    if (!CALL_NAMES.test(ev.name || (ev.qname ?? '').replace(/^.*\./, ''))) return undefined
    // Text a system prompt is made of: request data, or (Python) text formatted from the function's own parameters.
    const systemText = (v: Value | undefined): boolean => taintedPrompt(v) || (python && parameterParts(v, ev, m).length > 0)
    const q = ev.qname ?? (ev.receiverText ? `${ev.receiverText}.${ev.name}` : ev.name)
    const full = ev.receiverText ? `${ev.receiverText}.${ev.name}` : q
    // Ollama's single-turn `generate(model=…, system=…, prompt=…)`, on the module or on a `Client` however it is named: the
    // `system` text is the instructions, and the pair of keywords is that API's own shape.
    if (ev.name === 'generate') {
      const system = ev.kwargs.has('prompt') ? ev.kwargs.get('system') : undefined
      return system && systemText(system) ? report(ev, m, ruleId, system, false) : undefined
    }
    // A single-prompt completion (`completions.create(prompt=f"Translate…:\n{text}")`): fixed instructions with request text spliced in.
    const prompt = /(^|\.)(completions\.create|Completion\.a?create)$/.test(full) || /(^|\.)(completions\.create|Completion\.a?create)$/.test(q) ? ev.kwargs.get('prompt') : undefined
    if (prompt?.built && instructions(prompt.built.prefix) && taintedPrompt(prompt)) return report(ev, m, ruleId, prompt, false)
    if (MESSAGES_CALL.test(full) || MESSAGES_CALL.test(q) || INSTRUCTION_CALL.test(full) || INSTRUCTION_CALL.test(q) || WORKERS_AI.test(full)) {
      // The Responses API takes its messages as `input=[{"role": "developer", …}, …]`.
      const entry = systemEntry(ev.kwargs.get('messages') ?? ev.kwargs.get('contents') ?? ev.kwargs.get('input'), systemText)
      if (entry) return report(ev, m, ruleId, entry.value, entry.role)
      for (const key of SYSTEM_KEYS) {
        const v = ev.kwargs.get(key)
        if (v && systemText(v)) return report(ev, m, ruleId, v, false)
      }
      // Google's `ai.models.generateContent({ model, contents, config: { systemInstruction } })` (and Python's `config=`) keeps the instructions in its config.
      const config = ev.kwargs.get('config')?.fields
      const configured = config?.get('systemInstruction') ?? config?.get('system_instruction')
      if (configured && systemText(configured)) return report(ev, m, ruleId, configured, false)
      const tool = toolDefinition(ev.kwargs.get('tools'))
      if (tool) {
        return finding(ruleId, ev, m, `\`${callText(ev.node, m)}\` hands the model a tool defined by ${describeFlow(tool, '', m.row(ev.stmt))}: a tool's name and description are instructions the model follows when it decides what to call and with what, so whoever sends them steers it (prompt injection)`, 'Define tools in the code (name, description, schema) and let the client only pick among them by name.', [tool], 'major')
      }
      // The AI SDK's single `prompt` written as instructions with request text spliced in, as for legacy completions.
      const single = /(^|\.)(generateText|streamText|generateObject|streamObject)$/.test(q) && !ev.kwargs.has('system') ? ev.kwargs.get('prompt') : undefined
      if (single?.built && instructions(single.built.prefix) && taintedPrompt(single)) return report(ev, m, ruleId, single, false)
      const tools = requestTools(ev)
      if (tools) return finding(ruleId, ev, m, `\`${callText(ev.node, m)}\` gives the model tool definitions from ${describeFlow(tools, '', m.row(ev.stmt))}: their descriptions are instructions the model follows beside the system prompt, so whoever sends them can override its rules (prompt injection)`, 'Define the tools in code; let the client pick among them by name from a fixed list, and keep its own text in the user message.', [tools], 'major')
      return undefined
    }
    // Amazon Bedrock's Converse API: `new ConverseCommand({ system: [{ text }], messages })`, boto3's `client.converse(system=[{"text": …}])`.
    if (BEDROCK_CONVERSE.test(q)) {
      const entry = systemEntry(ev.kwargs.get('messages'))
      if (entry) return report(ev, m, ruleId, entry.value, entry.role)
      const block = ev.kwargs.get('system')?.elements?.map((e) => e.fields?.get('text')).find((t) => taintedPrompt(t))
      return block ? report(ev, m, ruleId, block, false) : undefined
    }
    // A LangChain model invoked with one string (`llm.invoke(\`You are a translator… ${text}\`)`): the written words around the request text are its instructions.
    if (ev.receiver && /^(invoke|ainvoke|stream|astream)$/.test(ev.name) && (LANGCHAIN_MODEL.test(q) || CHAT_MODEL.test(ev.receiverText ?? ''))) {
      const v = ev.args[0]
      // A list of messages (`[['system', text], ['human', q]]`, `new SystemMessage(text)` entries) is read as a chat call's.
      const entry = v?.elements ? systemEntry(v) : undefined
      if (entry) return report(ev, m, ruleId, entry.value, entry.role)
      return v?.built && instructions(v.built.prefix) && taintedPrompt(v) ? report(ev, m, ruleId, v, false) : undefined
    }
    if (SYSTEM_MESSAGE.test(q) || SYSTEM_MESSAGE.test(ev.name)) {
      const v = ev.kwargs.get('content') ?? ev.kwargs.get('template') ?? ev.args[0]
      return v && systemText(v) ? report(ev, m, ruleId, v, false) : undefined
    }
    if (WHOLE_TEMPLATE.test(q) || WHOLE_TEMPLATE.test(full)) {
      const v = ev.kwargs.get('template') ?? ev.args[0]
      return v && taintedPrompt(v) ? report(ev, m, ruleId, v, false) : undefined
    }
    if (PROMPT_TEMPLATE.test(q) || PROMPT_TEMPLATE.test(full)) {
      const entry = systemEntry(ev.args[0], systemText)
      return entry ? report(ev, m, ruleId, entry.value, entry.role) : undefined
    }
    return undefined
  }
}

export const javascriptPromptInjection = scoped({ kinds: ['call'], needles: ['fetch', 'axios', 'got', 'ky', 'undici', 'invoke', 'run', 'Converse', 'create', 'update', 'stream', 'parse', 'complet', 'chat', 'send', 'generate', 'Generat', 'Agent', 'SystemMessage', 'PromptTemplate', 'from_template', 'fromTemplate', 'from_messages', 'fromMessages'] }, promptInjection('js/prompt-injection'))
export const pythonPromptInjection = scoped({ kinds: ['call'], needles: ['converse', 'invoke', 'run', 'Converse', 'create', 'update', 'stream', 'parse', 'complet', 'chat', 'send', 'generate', 'Generat', 'Agent', 'SystemMessage', 'PromptTemplate', 'from_template', 'fromTemplate', 'from_messages', 'fromMessages'] }, promptInjection('python/prompt-injection'))
