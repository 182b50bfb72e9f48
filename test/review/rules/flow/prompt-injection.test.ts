/**
 * Request data in an LLM's instructions (system prompt, message role) is flagged; request data
 * in a user message, and instructions built from constants, are what these APIs are for.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

testRule(registered('js/prompt-injection'), {
  valid: [
    "app.get('/ask', async (req, res) => {\n  const model = new ChatOpenAI({ model: 'gpt-4o-mini' })\n  res.json(await model.invoke([['system', 'Answer briefly.'], ['human', String(req.query.q)]]))\n})",
    // the question goes in a user message
    "app.post('/ask', async (req, res) => {\n  const out = await openai.chat.completions.create({\n    model: 'gpt-4o-mini',\n    messages: [\n      { role: 'system', content: SYSTEM_PROMPT },\n      { role: 'user', content: `Product: ${req.body.product}\\n\\n${req.body.question}` },\n    ],\n  })\n  res.json(out)\n})",
    "app.post('/sum', async (req, res) => {\n  const msg = await anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 512, system: 'Summarise the ticket.', messages: [{ role: 'user', content: req.body.ticket }] })\n  res.json(msg)\n})",
    // instructions from configuration, not from the request
    "export async function summarise(text: string) {\n  return generateText({ model, system: `You are ${process.env.BOT_NAME}.`, prompt: text })\n}",
    // a persona checked against a fixed list
    // the client's history spread after a constant system message
    "app.post('/chat', async (req, res) => {\n  res.json(await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'system', content: SYSTEM_PROMPT }, ...req.body.history.filter((m) => m.role === 'user')] }))\n})",
    "const PERSONAS = new Set(['pirate', 'butler'])\napp.post('/ask', async (req, res) => {\n  const persona = req.body.persona\n  if (!PERSONAS.has(persona)) return res.sendStatus(400)\n  res.json(await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'system', content: `Speak as a ${persona}.` }, { role: 'user', content: req.body.q }] }))\n})",
    "app.post('/ask', async (req, res) => {\n  const msgs = []\n  msgs.push({ role: 'system', content: SYSTEM_PROMPT })\n  msgs.push({ role: 'user', content: req.body.q })\n  res.json(await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: msgs }))\n})",
  ],
  invalid: [
    // a LangChain chat model invoked with a list of messages whose system entry the client wrote
    { code: "app.get('/persona', async (req, res) => {\n  const model = new ChatOpenAI({ model: 'gpt-4o-mini' })\n  res.json(await model.invoke([\n    ['system', `Answer as ${req.query.persona}`],\n    ['human', String(req.query.q)],\n  ]))\n})", findings: [{ line: 3 }] },
    {
      code: "bot.post('/ask', async (c) => {\n  const { question, persona } = await c.req.json<{ question: string; persona: string }>()\n  const out = await openai.chat.completions.create({\n    model: 'gpt-4o-mini',\n    messages: [\n      { role: 'system', content: `${SYSTEM_PROMPT} Speak as ${persona}.` },\n      { role: 'user', content: question },\n    ],\n  })\n  return c.json(out)\n})",
      path: 'src/bot.ts',
      findings: [{ line: 3 }],
    },
    { code: "app.post('/sum', async (req, res) => {\n  const system = 'Summarise the ticket. ' + (req.body.instructions ?? '')\n  const msg = await anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 512, system, messages: [{ role: 'user', content: req.body.ticket }] })\n  res.json(msg)\n})", findings: [{ line: 3 }] },
    // the client picks the role
    { code: "app.post('/chat', async (req, res) => {\n  const { role, text } = req.body\n  res.json(await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role, content: text }] }))\n})", findings: [{ line: 3 }] },
    // the system entry comes first, the client's history is spread after it
    { code: "export async function POST(req: Request) {\n  const body = await req.json()\n  const out = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'system', content: body.systemPrompt ?? 'Be helpful.' }, ...body.messages] })\n  return Response.json(out)\n}", path: 'app/api/chat/route.ts', findings: [{ line: 3 }] },
    { code: "export async function POST(request: Request) {\n  const { tone, prompt } = await request.json()\n  const result = await generateText({ model, system: `Answer in a ${tone} tone.`, prompt })\n  return Response.json(result)\n}", path: 'app/api/ask/route.ts', findings: [{ line: 3 }] },
    // messages pushed onto a list that started empty keep their roles
    // The Responses API's input list with a developer turn the client wrote
    { code: "app.post('/ask', async (req, res) => {\n  const out = await openai.responses.create({ model: 'gpt-4o', input: [{ role: 'developer', content: `Answer as ${req.body.persona}.` }, { role: 'user', content: req.body.q }] })\n  res.json(out)\n})", findings: [{ line: 2 }] },
    { code: "app.post('/ask', async (req, res) => {\n  const msgs = []\n  msgs.push({ role: 'system', content: `Rules for ${req.body.team}` })\n  msgs.push({ role: 'user', content: req.body.q })\n  res.json(await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: msgs }))\n})", findings: [{ line: 5 }] },
  ],
})

testRule(registered('python/prompt-injection'), {
  valid: [
    // A conversation rebuilt from the body by a comprehension: roles from a fixed pair, or written by the code.
    { code: 'from fastapi import FastAPI\nfrom pydantic import BaseModel\n\napp = FastAPI()\n\nclass Turn(BaseModel):\n    role: str\n    content: str\n\n@app.post("/chat")\ndef chat(turns: list[Turn]):\n    history = [{"role": t.role if t.role in ("user", "assistant") else "user", "content": t.content} for t in turns]\n    return client.chat.completions.create(model="m", messages=[{"role": "system", "content": SYSTEM}] + history)' },
    { code: 'from fastapi import FastAPI\nfrom pydantic import BaseModel\n\napp = FastAPI()\n\nclass Turn(BaseModel):\n    role: str\n    content: str\n\n@app.post("/chat")\ndef chat(turns: list[Turn]):\n    history = [{"role": "user", "content": t.content} for t in turns]\n    return client.chat.completions.create(model="m", messages=[{"role": "system", "content": SYSTEM}, *history])' },
    // A body model's Literal and int fields: pydantic answers 422 to anything else.
    { code: 'from typing import Literal\nfrom pydantic import BaseModel, Field\n\nclass Ask(BaseModel):\n    question: str = Field(max_length=2000)\n    tone: str = "friendly"\n    language: Literal["en", "de"] = "en"\n    level: int = 1\n\n@router.post("/ask")\nasync def ask(body: Ask):\n    system = f"Reply in {body.language} at level {body.level}."\n    return await client.chat.completions.create(model="m", messages=[{"role": "system", "content": system}, {"role": "user", "content": body.question}])' },
    // the typed field read in a helper the route hands its body to
    { code: 'from typing import Literal\nfrom pydantic import BaseModel\n\nclass Draft(BaseModel):\n    tone: Literal["friendly", "formal"]\n    notes: str\n\ndef build(req: Draft):\n    return [{"role": "system", "content": f"Write in a {req.tone} tone."}, {"role": "user", "content": req.notes}]\n\n@router.post("/draft")\nasync def draft(req: Draft):\n    return await client.chat.completions.create(model="m", messages=build(req))' },
    'from langchain_core.prompts import PromptTemplate\n\n@app.post("/ask")\ndef ask():\n    prompt = PromptTemplate.from_template("Answer briefly: {question}")\n    return (prompt | llm).invoke({"question": request.json["question"]})',
    '@app.post("/ask")\ndef ask():\n    return client.chat.completions.create(model="gpt-4o-mini", messages=[\n        {"role": "system", "content": SYSTEM_PROMPT},\n        {"role": "user", "content": request.json["question"]},\n    ])',
    'def summarise(ticket):\n    return client.messages.create(model="claude-sonnet-4-5", max_tokens=512, system=f"Summarise for {settings.TEAM}.", messages=[{"role": "user", "content": ticket}])',
    // Ollama's generate with constant instructions, a Hugging Face model's generate, and a run whose extra instructions are picked from a table.
    'import ollama\n\nlocal = ollama.Client()\n\n@app.post("/ask")\ndef ask():\n    return local.generate(model="llama3.1", system=RULES, prompt=request.json["question"])["response"]',
    '@app.post("/complete")\ndef complete():\n    inputs = tokenizer(request.json["text"], return_tensors="pt")\n    return tokenizer.decode(model.generate(**inputs, max_new_tokens=64)[0])',
    // boto3's Bedrock Converse and the Responses API's input list, with the request's text in the user turn only.
    'import boto3\n\nbedrock = boto3.client("bedrock-runtime")\n\n@app.post("/ask")\ndef ask():\n    return bedrock.converse(modelId=MODEL, system=[{"text": RULES}], messages=[{"role": "user", "content": [{"text": request.json["q"]}]}])',
    '@app.post("/ask")\ndef ask():\n    return client.responses.create(model="gpt-4o", input=[{"role": "developer", "content": RULES}, {"role": "user", "content": request.json["q"]}]).output_text',
    'LANGS = {"en": "Answer in English.", "de": "Antworte auf Deutsch."}\n\n@app.post("/run/<thread_id>")\ndef run(thread_id):\n    lang = LANGS.get(request.json.get("language"), LANGS["en"])\n    return client.beta.threads.runs.create_and_poll(thread_id=thread_id, assistant_id=ASSISTANT, additional_instructions=lang).status',
  ],
  invalid: [
    // The same conversation with the client's roles, or its text in system entries, built by a comprehension and joined on.
    { code: 'from fastapi import FastAPI\nfrom pydantic import BaseModel\n\napp = FastAPI()\n\nclass Turn(BaseModel):\n    role: str\n    content: str\n\n@app.post("/chat")\ndef chat(turns: list[Turn]):\n    history = [{"role": t.role, "content": t.content} for t in turns]\n    return client.chat.completions.create(model="m", messages=[{"role": "system", "content": SYSTEM}] + history)', findings: [{ line: 13 }] },
    { code: 'from fastapi import FastAPI\nfrom pydantic import BaseModel\n\napp = FastAPI()\n\nclass Turn(BaseModel):\n    role: str\n    content: str\n\n@app.post("/chat")\ndef chat(turns: list[Turn]):\n    return client.chat.completions.create(model="m", messages=[{"role": t.role, "content": t.content} for t in turns])', findings: [{ line: 12 }] },
    { code: 'from fastapi import FastAPI\nfrom pydantic import BaseModel\n\napp = FastAPI()\n\nclass Turn(BaseModel):\n    role: str\n    content: str\n\n@app.post("/chat")\ndef chat(turns: list[Turn]):\n    history = [{"role": "system", "content": "Context: " + t.content} for t in turns]\n    return client.chat.completions.create(model="m", messages=[{"role": "system", "content": SYSTEM}, *history])', findings: [{ line: 13 }] },
    { code: 'from typing import Literal\nfrom pydantic import BaseModel, Field\n\nclass Ask(BaseModel):\n    question: str = Field(max_length=2000)\n    tone: str = "friendly"\n    language: Literal["en", "de"] = "en"\n    level: int = 1\n\n@router.post("/ask")\nasync def ask(body: Ask):\n    system = f"Reply in a {body.tone} tone."\n    return await client.chat.completions.create(model="m", messages=[{"role": "system", "content": system}, {"role": "user", "content": body.question}])', findings: [{ line: 13 }] },
    { code: 'from pydantic import BaseModel\n\nclass Draft(BaseModel):\n    tone: str\n    notes: str\n\ndef build(req: Draft):\n    return [{"role": "system", "content": f"Write in a {req.tone} tone."}, {"role": "user", "content": req.notes}]\n\n@router.post("/draft")\nasync def draft(req: Draft):\n    return await client.chat.completions.create(model="m", messages=build(req))', findings: [{ line: 12 }] },
    { code: 'from langchain_core.prompts import PromptTemplate\n\n@app.post("/ask")\ndef ask():\n    prompt = PromptTemplate.from_template(request.json["instructions"] + "\\nQuestion: {question}")\n    return (prompt | llm).invoke({"question": request.json["question"]})', findings: [{ line: 5 }] },
    { code: 'from langchain.prompts import PromptTemplate\n\n@app.post("/ask")\ndef ask():\n    prompt = PromptTemplate(template=request.form["tpl"], input_variables=["q"])\n    return prompt.format(q="x")', findings: [{ line: 5 }] },
    { code: '@app.post("/ask")\ndef ask():\n    persona = request.json["persona"]\n    return client.chat.completions.create(model="gpt-4o-mini", messages=[\n        {"role": "system", "content": f"You are {persona}."},\n        {"role": "user", "content": request.json["question"]},\n    ])', findings: [{ line: 4 }] },
    { code: '@app.post("/sum")\ndef summarise():\n    extra = request.form.get("instructions", "")\n    return client.messages.create(model="claude-sonnet-4-5", max_tokens=512, system="Summarise. " + extra, messages=[{"role": "user", "content": request.form["ticket"]}])', findings: [{ line: 4 }] },
    { code: '@app.post("/lc")\ndef lc():\n    prompt = ChatPromptTemplate.from_messages([("system", request.json["rules"]), ("human", "{q}")])\n    return prompt', findings: [{ line: 3 }] },
    { code: '@app.post("/lc")\ndef lc():\n    msgs = [SystemMessage(content=request.json["rules"]), HumanMessage(content=request.json["q"])]\n    return llm.invoke(msgs)', findings: [{ line: 3 }] },
    // Ollama's single-turn generate on a client object, and Assistants runs written in Python's snake case.
    { code: 'import ollama\n\nlocal = ollama.Client()\n\n@app.post("/ask")\ndef ask():\n    audience = request.json["audience"]\n    return local.generate(model="llama3.1", system=f"{RULES} The reader is a {audience}.", prompt=request.json["question"])["response"]', findings: [{ line: 8 }] },
    { code: '@app.post("/run/<thread_id>")\ndef run(thread_id):\n    note = "Write in this style: " + request.json.get("style", "plain")\n    return client.beta.threads.runs.create_and_poll(thread_id=thread_id, assistant_id=ASSISTANT, additional_instructions=note).status', findings: [{ line: 4 }] },
    { code: '@app.post("/start")\ndef start():\n    return client.beta.threads.create_and_run(assistant_id=ASSISTANT, instructions=BASE + request.json["extra"]).id', findings: [{ line: 3 }] },
    { code: 'import boto3\n\nbedrock = boto3.client("bedrock-runtime")\n\n@app.post("/ask")\ndef ask():\n    tone = request.json["tone"]\n    return bedrock.converse(modelId=MODEL, system=[{"text": f"Answer in a {tone} tone."}], messages=[{"role": "user", "content": [{"text": request.json["q"]}]}])', findings: [{ line: 8 }] },
    { code: '@app.post("/ask")\ndef ask():\n    tone = request.json["tone"]\n    return client.responses.create(model="gpt-4o", input=[{"role": "developer", "content": f"Answer in a {tone} tone."}, {"role": "user", "content": request.json["q"]}]).output_text', findings: [{ line: 4 }] },
  ],
})

/** A LangChain chat model invoked with one string: instructions written around request text are the prompt's rules. */
testRule(registered('js/prompt-injection'), {
  valid: [
    // the client's text alone, or a prompt template that keeps it a variable
    "import { ChatOpenAI } from '@langchain/openai'\nconst llm = new ChatOpenAI({ model: 'gpt-4o-mini' })\napp.post('/ask', async (req, res) => {\n  res.json(await llm.invoke(req.body.question))\n})",
    "import { ChatOpenAI } from '@langchain/openai'\nconst llm = new ChatOpenAI({ model: 'gpt-4o-mini' })\napp.post('/t', async (req, res) => {\n  const lang = LANGS.includes(req.body.lang) ? req.body.lang : 'en'\n  res.json(await llm.invoke(`Translate into ${lang}: ${TEXT}`))\n})",
    // a cache or queue with an `invoke` method is not a model
    "app.post('/job', async (req, res) => {\n  res.json(await worker.invoke(`run ${req.body.job}`))\n})",
  ],
  invalid: [
    { code: "import { ChatOpenAI } from '@langchain/openai'\nconst llm = new ChatOpenAI({ model: 'gpt-4o-mini' })\napp.post('/t', async (req, res) => {\n  res.json(await llm.invoke(`You are a translator. Translate into ${req.body.lang}: ${req.body.text}`))\n})", findings: [{ line: 4 }] },
    { code: "app.post('/s', async (req, res) => {\n  const out = await model.invoke('Summarise this for a ' + req.body.audience + ' reader:\\n' + req.body.text)\n  res.json(out)\n})", findings: [{ line: 2 }] },
  ],
})

/** A single prompt that only labels the client's text is the client's text; written instructions around it are not. */
testRule(registered('js/prompt-injection'), {
  valid: [
    "app.post('/ask', async (req, res) => {\n  const { q } = req.body\n  res.json(await generateText({ model, prompt: `Question: ${q}` }))\n})",
  ],
  invalid: [
    { code: "app.post('/ask', async (req, res) => {\n  const { q, style } = req.body\n  res.json(await generateText({ model, prompt: `Answer in the style of ${style}: ${q}` }))\n})", findings: [{ line: 3 }] },
  ],
})

// Tool definitions from the request beside the server's own system prompt: the model takes each description as guidance
// from the operator. A gateway passing the client's whole conversation on, and tools picked by name from a fixed list,
// stay quiet.
const TOOLS_ROUTE = (messages: string, tools: string) =>
  `import OpenAI from 'openai'\nconst openai = new OpenAI()\nconst RULES = 'You answer questions about the workspace.'\nconst TOOLS = [{ type: 'function' as const, function: { name: 'search', description: 'Search the docs', parameters: {} } }]\napp.post('/assistant', async (req, res) => {\n  const completion = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: ${messages}, tools: ${tools} })\n  res.json(completion.choices[0].message)\n})\n`
testRule(registered('js/prompt-injection'), {
  valid: [
    { code: TOOLS_ROUTE('req.body.messages', 'req.body.tools'), path: 'src/routes/gateway.ts' },
    { code: TOOLS_ROUTE("[{ role: 'system', content: RULES }, { role: 'user', content: req.body.question }]", 'TOOLS.filter((t) => req.body.enabled.includes(t.function.name))'), path: 'src/routes/assistant.ts' },
    { code: TOOLS_ROUTE("[{ role: 'system', content: RULES }, { role: 'user', content: req.body.question }]", 'TOOLS'), path: 'src/routes/assistant.ts' },
  ],
  invalid: [
    { code: TOOLS_ROUTE("[{ role: 'system', content: RULES }, { role: 'user', content: req.body.question }]", "req.body.actions.map((a) => ({ type: 'function', function: { name: a.name, description: a.description, parameters: a.schema } }))"), path: 'src/routes/assistant.ts', findings: [{ line: 6, message: /tool defin/ }] },
    { code: TOOLS_ROUTE("[{ role: 'system', content: RULES }, { role: 'user', content: req.body.question }]", "[{ type: 'function', function: { name: 'lookup', description: req.body.lookupHint, parameters: {} } }]"), path: 'src/routes/assistant.ts', findings: [{ line: 6 }] },
  ],
})

// A developer message pushed only when the request sends one is still in the list the call gets, and a tool whose
// description the request wrote (written out or mapped from the body) is instructions the model follows; fixed tools
// and request text in a user message are not.
testRule(registered('js/prompt-injection'), {
  valid: [
    { path: 'src/routes/assistant.js', code: "const OpenAI = require('openai')\nconst openai = new OpenAI()\nrouter.post('/ask', async (req, res) => {\n  const messages = [{ role: 'system', content: 'Answer from the articles.' }]\n  if (req.body.question) {\n    messages.push({ role: 'user', content: String(req.body.question) })\n  }\n  res.json(await openai.chat.completions.create({ model: 'gpt-4o-mini', messages }))\n})" },
    { path: 'src/routes/assistant.js', code: "const { Mistral } = require('@mistralai/mistralai')\nconst mistral = new Mistral({ apiKey: process.env.MISTRAL_API_KEY })\nconst TOOLS = [{ type: 'function', function: { name: 'create_invoice', description: 'Create a draft invoice.' } }]\nrouter.post('/plan', async (req, res) => {\n  res.json(await mistral.chat.complete({ model: 'mistral-large-latest', messages: [{ role: 'user', content: String(req.body.request) }], tools: TOOLS }))\n})" },
  ],
  invalid: [
    { path: 'src/routes/assistant.js', code: "const OpenAI = require('openai')\nconst openai = new OpenAI()\nrouter.post('/ask', async (req, res) => {\n  const messages = [{ role: 'system', content: 'Answer from the articles.' }]\n  if (req.body.siteInstructions) {\n    messages.push({ role: 'developer', content: `Site owner instructions: ${req.body.siteInstructions}` })\n  }\n  res.json(await openai.chat.completions.create({ model: 'gpt-4o-mini', messages }))\n})", findings: [{ line: 8 }] },
    { path: 'src/routes/assistant.js', code: "const { Mistral } = require('@mistralai/mistralai')\nconst mistral = new Mistral({ apiKey: process.env.MISTRAL_API_KEY })\nrouter.post('/plan', async (req, res) => {\n  const tools = (req.body.tools || []).map((t) => ({ type: 'function', function: { name: String(t.name), description: t.description } }))\n  res.json(await mistral.chat.complete({ model: 'mistral-large-latest', messages: [{ role: 'user', content: String(req.body.request) }], tools }))\n})", findings: [{ line: 5, message: /a tool defined by/ }] },
    { path: 'src/routes/assistant.js', code: "const Anthropic = require('@anthropic-ai/sdk')\nconst anthropic = new Anthropic()\nrouter.post('/plan', async (req, res) => {\n  const tools = [{ name: 'lookup', description: req.body.hint, input_schema: { type: 'object' } }]\n  res.json(await anthropic.messages.create({ model: 'claude-3-5-sonnet-latest', max_tokens: 500, messages: [{ role: 'user', content: 'go' }], tools }))\n})", findings: [{ line: 5 }] },
  ],
})

// Google's @google/genai keeps the instructions in `config.systemInstruction` (written in the call or held in a local),
// and Ollama's `generate` takes a `system` of its own; a style looked up in a fixed table, or a constant system text, is quiet.
const GENAI = "import { GoogleGenAI } from '@google/genai'\nconst ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY })\nconst STYLES: Record<string, string> = { short: 'Summarise in one line.', long: 'Summarise in a paragraph.' }\n"
const OLLAMA = "import { Ollama } from 'ollama'\nconst ollama = new Ollama({ host: process.env.OLLAMA_HOST })\n"
testRule(registered('js/prompt-injection'), {
  valid: [
    { path: 'src/routes/summary.ts', code: `${GENAI}app.post('/s', async (req, res) => {\n  const style = STYLES[String(req.body.style)] ?? STYLES.short\n  const r = await ai.models.generateContent({ model: 'gemini-2.5-flash', contents: req.body.text, config: { systemInstruction: style } })\n  res.json({ text: r.text })\n})` },
    { path: 'src/routes/describe.ts', code: `${OLLAMA}app.post('/d', async (req, res) => {\n  const r = await ollama.generate({ model: 'llama3.1', system: 'Write a product description.', prompt: \`Product: \${req.body.name}\` })\n  res.json({ text: r.response })\n})` },
  ],
  invalid: [
    { path: 'src/routes/summary.ts', code: `${GENAI}app.post('/s', async (req, res) => {\n  const config = { systemInstruction: \`Summarise the text. Focus on: \${req.body.focus}\`, temperature: 0.2 }\n  const r = await ai.models.generateContent({ model: 'gemini-2.5-flash', contents: req.body.text, config })\n  res.json({ text: r.text })\n})`, findings: [{ line: 6 }] },
    { path: 'src/routes/summary.ts', code: `${GENAI}app.post('/s', async (req, res) => {\n  const r = await ai.models.generateContentStream({\n    model: 'gemini-2.5-flash',\n    contents: req.body.text,\n    config: { systemInstruction: \`Reply in \${req.body.lang}.\` },\n  })\n  res.json({ ok: true })\n})`, findings: [{ line: 5 }] },
    { path: 'src/routes/describe.ts', code: `${OLLAMA}app.post('/d', async (req, res) => {\n  const r = await ollama.generate({ model: 'llama3.1', system: \`Write a product description like this: \${req.body.voice}\`, prompt: req.body.name })\n  res.json({ text: r.response })\n})`, findings: [{ line: 4 }] },
  ],
})

// The providers' HTTP APIs called without their SDK (the JSON body's `messages`, `system`), a helper handed the message list,
// and the Google Gen AI SDK's `config.systemInstruction`.
testRule(registered('js/prompt-injection'), {
  valid: [
    { path: 'server/chat.js', code: "app.post('/chat', async (req, res) => {\n  const r = await fetch('https://api.openai.com/v1/chat/completions', {\n    method: 'POST',\n    body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'system', content: 'Answer briefly.' }, { role: 'user', content: req.body.message }] }),\n  })\n  res.json(await r.json())\n})" },
    { path: 'server/chat.js', code: "const LANGS = new Set(['English', 'French'])\nasync function complete(messages) {\n  const r = await fetch('https://api.openai.com/v1/chat/completions', { method: 'POST', body: JSON.stringify({ model: 'gpt-4o-mini', messages }) })\n  return (await r.json()).choices[0].message.content\n}\napp.post('/chat', async (req, res) => {\n  const lang = LANGS.has(req.body.lang) ? req.body.lang : 'English'\n  res.json({ reply: await complete([{ role: 'system', content: `Reply in ${lang}.` }, { role: 'user', content: String(req.body.message) }]) })\n})" },
    // another service's API, not a model's
    { path: 'server/chat.js', code: "app.post('/note', async (req, res) => {\n  await fetch('https://api.example.com/v1/messages', { method: 'POST', body: JSON.stringify({ system: req.body.system }) })\n  res.sendStatus(204)\n})" },
    { path: 'src/translate.js', code: "import { GoogleGenAI } from '@google/genai'\nconst ai = new GoogleGenAI({})\napp.post('/t', async (req, res) => {\n  const r = await ai.models.generateContent({ model: 'gemini-2.0-flash', contents: req.body.text, config: { systemInstruction: 'Translate into French.' } })\n  res.json({ text: r.text })\n})" },
  ],
  invalid: [
    { path: 'server/chat.js', code: "app.post('/chat', async (req, res) => {\n  const r = await fetch('https://api.anthropic.com/v1/messages', {\n    method: 'POST',\n    body: JSON.stringify({ model: 'claude-3-5-haiku-latest', max_tokens: 500, system: `You write as ${req.body.brand}.`, messages: [{ role: 'user', content: req.body.text }] }),\n  })\n  res.json(await r.json())\n})", findings: [{ line: 2 }] },
    { path: 'server/chat.js', code: "const OPENAI_URL = 'https://api.openai.com/v1/chat/completions'\nasync function complete(messages) {\n  const r = await fetch(OPENAI_URL, { method: 'POST', body: JSON.stringify({ model: 'gpt-4o-mini', messages }) })\n  return (await r.json()).choices[0].message.content\n}\napp.post('/chat', async (req, res) => {\n  res.json({ reply: await complete([{ role: 'system', content: `You are ${req.body.persona}.` }, { role: 'user', content: String(req.body.message) }]) })\n})", findings: [{ line: 3 }] },
    { path: 'server/chat.js', code: "const axios = require('axios')\napp.post('/chat', async (req, res) => {\n  const { data } = await axios.post('https://api.groq.com/openai/v1/chat/completions', { model: 'llama-3.1-8b-instant', messages: [{ role: 'system', content: req.body.rules }] })\n  res.json(data)\n})", findings: [{ line: 3 }] },
    { path: 'src/translate.js', code: "import { GoogleGenAI } from '@google/genai'\nconst ai = new GoogleGenAI({})\napp.post('/t', async (req, res) => {\n  const r = await ai.models.generateContent({\n    model: 'gemini-2.0-flash',\n    contents: req.body.text,\n    config: { systemInstruction: `Translate into ${req.body.language}.` },\n  })\n  res.json({ text: r.text })\n})", findings: [{ line: 4 }] },
  ],
})
