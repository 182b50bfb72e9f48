/**
 * Python functions an application framework calls with what a visitor or client sent, where no
 * route decorator says so: a Gradio event handler (the values of its input components), a
 * BentoML API method (the decoded request), a Scrapy spider's callback (the crawled page), an
 * item pipeline's `process_item` (what a spider scraped from it), and a chat bot's command or event
 * listener (Slack Bolt, discord.py: what a member of the workspace or server typed).
 */
import { callArgs, keywordArg, lex, type Lexed } from '../source/lexer'

export const IMPORTS_GRADIO = /^\s*(import|from)\s+gradio\b/m
const IMPORTS_SCRAPY = /^\s*(import|from)\s+(scrapy|itemadapter)\b/m

/** What a Gradio handler's parameter holds, by the component that fills it. */
export type GradioInput = 'text' | 'file' | 'number' | 'state'

/**
 * Components whose value is a file Gradio saved under its own temporary folder (a path or a
 * tempfile wrapper): the bytes are the visitor's, the path is Gradio's, under a name it cleaned.
 */
const FILE_COMPONENT = /^(File|Files|UploadButton|Image|Audio|Video|Model3D|Gallery|ImageEditor|Sketchpad|Paint|ImageMask|Microphone|Webcam)$/
/** Components whose value is a number or a flag (Gradio converts it, or rejects the event). */
const NUMBER_COMPONENT = /^(Number|Slider|Checkbox)$/
/** `gr.Interface(fn, inputs=["text", "file"])`: the string shortcuts. */
const FILE_SHORTCUT = /^["'](file|files|image|audio|video|microphone|webcam|sketchpad|uploadbutton)["']$/
const NUMBER_SHORTCUT = /^["'](number|slider|checkbox)["']$/

/** Where a handler is registered: a component's event listener, `demo.load`, `gr.Interface(fn)`, `gr.ChatInterface(fn)`. */
const REGISTRATION = /\.(click|submit|change|upload|input|select|load|blur|focus|release|stream|clear|edit|like|then|success|key_up|play|pause|stop|end|start_recording|stop_recording)\s*\(|\b(?:gr|gradio)\.(Interface|ChatInterface)\s*\(/g

const LEXED = new WeakMap<object, Lexed>()

const GRADIO = new WeakMap<object, boolean>()

/** The module imports gradio, looked up once per file: the question is asked for every function the pass reads. */
function importsGradio(key: object, text: string): boolean {
  let found = GRADIO.get(key)
  if (found === undefined) GRADIO.set(key, (found = IMPORTS_GRADIO.test(text)))
  return found
}

function lexedOnce(key: object, text: string): Lexed {
  let lexed = LEXED.get(key)
  if (!lexed) {
    lexed = lex(text, 'py')
    LEXED.set(key, lexed)
  }
  return lexed
}

/** The component a name was made from (`audio_in = gr.File(label="Audio")`). */
function componentOf(item: string, text: string): string | undefined {
  const inline = /^(?:gr|gradio)\.(?:components\.)?(\w+)\s*\(/.exec(item)
  if (inline) return inline[1]
  if (!/^[A-Za-z_]\w*$/.test(item)) return undefined
  return new RegExp(`^[ \\t]*${item}\\s*=\\s*(?:gr|gradio)\\.(?:components\\.)?(\\w+)\\s*\\(`, 'm').exec(text)?.[1]
}

function inputKind(item: string, text: string): GradioInput {
  if (FILE_SHORTCUT.test(item)) return 'file'
  if (NUMBER_SHORTCUT.test(item)) return 'number'
  const component = componentOf(item, text)
  if (!component) return 'text'
  if (component === 'State' || component === 'BrowserState') return component === 'State' ? 'state' : 'text'
  if (FILE_COMPONENT.test(component)) return 'file'
  if (NUMBER_COMPONENT.test(component)) return 'number'
  return 'text'
}

/**
 * For a function of a module that imports gradio and hands it to a Gradio event or interface,
 * what each of its parameters receives, in order; `[]` when the inputs could not be read (every
 * parameter is the visitor's text then). Undefined for a function Gradio does not call.
 */
export function gradioInputs(name: string, text: string, key: object): GradioInput[] | undefined {
  if (!importsGradio(key, text) || !text.includes(name)) return undefined
  const lexed = lexedOnce(key, text)
  let found: GradioInput[] | undefined
  for (const m of text.matchAll(REGISTRATION)) {
    const open = m.index + m[0].length - 1
    const { args } = callArgs(lexed, open)
    const positional = args.filter((a) => !/^\w+\s*=(?!=)/.test(a.text))
    const fn = keywordArg(args, 'fn') ?? positional[0]?.text
    if (fn !== name) continue
    // `gr.ChatInterface(fn)` passes the message and the history.
    if (m[2] === 'ChatInterface') return ['text', 'text']
    const inputs = keywordArg(args, 'inputs') ?? positional[1]?.text
    if (inputs === undefined || inputs === 'None') return found ?? []
    const list = /^[[(]/.test(inputs) ? callArgs(lex(inputs, 'py'), 0).args.map((a) => a.text) : [inputs]
    const kinds = list.map((item) => inputKind(item, text))
    // One function handed to several events: a parameter is the visitor's text if any event fills it so.
    found = found ? kinds.map((k, i) => (k === 'text' || found![i] === 'text' ? 'text' : found![i] ?? k)) : kinds
  }
  return found
}

/** `@bentoml.api` (and `@bentoml.task`): the method's parameters after `self` are the decoded request. */
export function bentomlApi(decorators: readonly string[]): boolean {
  return decorators.some((d) => /^@bentoml\.(api|task)\b/.test(d))
}

/** A Scrapy spider class: `scrapy.Spider` and its kin by name, or a bare `Spider` base in a module that imports scrapy. */
export function scrapySpider(superclasses: string, text: string): boolean {
  const base = /\b(scrapy\.(spiders\.)?)?(Spider|CrawlSpider|XMLFeedSpider|CSVFeedSpider|SitemapSpider|RedisSpider|RedisCrawlSpider)\b/.exec(superclasses)
  return !!base && (!!base[1] || IMPORTS_SCRAPY.test(text))
}

/**
 * An item pipeline's `process_item(self, item, spider)`: Scrapy's signature, distinctive enough to stand without the
 * module's imports, which a change further down the file does not show.
 */
export function scrapyPipelineItem(name: string, params: readonly string[]): string | undefined {
  return name === 'process_item' && params.length === 3 && params[0] === 'self' && params[2] === 'spider' ? params[1] : undefined
}

const IMPORTS_SLACK_BOLT = /^\s*(import|from)\s+slack_bolt\b/m
/** `@app.command("/deploy")`, `@app.event("app_mention")`, `@app.message("hi")`, `@app.action(...)`, `@app.view(...)`. */
const BOLT_LISTENER = /^@\w+\.(command|event|message|action|block_action|shortcut|global_shortcut|message_shortcut|view|view_submission|options|dialog_submission)\s*\(/
/** Bolt passes listener arguments by name; these hold the payload a member of the workspace sent. */
const BOLT_PAYLOAD = /^(command|event|message|body|payload|action|shortcut|view|options)$/

/**
 * A Slack Bolt listener's payload parameters (`def deploy(ack, command, respond)`: `command["text"]` is what
 * whoever ran the slash command typed after it), for a module that imports slack_bolt.
 */
export function boltPayloadParams(decorators: readonly string[], params: readonly string[], text: string): string[] {
  if (!decorators.some((d) => BOLT_LISTENER.test(d)) || !IMPORTS_SLACK_BOLT.test(text)) return []
  return params.filter((p) => BOLT_PAYLOAD.test(p))
}

const IMPORTS_DISCORD = /^\s*(import|from)\s+(discord|nextcord|disnake)\b/m
/** `@bot.command()`, `@commands.command(name=…)`, `@commands.hybrid_command()`, `@app_commands.command()`, `@group.command()`. */
const DISCORD_COMMAND = /^@(\w+\.)*(command|hybrid_command|slash_command|group|hybrid_group)\b/
/** A converter that admits no free text: discord.py turns the word into a number, flag, member or channel, or refuses the command. */
const DISCORD_CONVERTED = /^(Optional\[)?(int|float|bool|(discord\.)?(Member|User|Role|TextChannel|VoiceChannel|Thread|Guild|Emoji|Attachment|abc\.\w+)|(commands\.)?Range\[\s*int\b.*)\]?(\|None)?$/

/**
 * A discord.py command's arguments: the words after the command's name in a message of anyone who can run it
 * (everything after `ctx` or `interaction`). Parameters converted to a number, member or channel carry no text.
 */
export function discordCommandParams(decorators: readonly string[], params: readonly { name: string; type: string }[], text: string): string[] {
  if (!decorators.some((d) => DISCORD_COMMAND.test(d)) || !IMPORTS_DISCORD.test(text)) return []
  const start = params.findIndex((p) => /^(ctx|context|interaction|inter)$/.test(p.name))
  if (start < 0) return []
  return params.slice(start + 1).filter((p) => !DISCORD_CONVERTED.test(p.type.replace(/\s/g, ''))).map((p) => p.name)
}

const IMPORTS_FLASK_SOCKETIO = /^\s*(import|from)\s+flask_socketio\b/m
const IMPORTS_PYTHON_SOCKETIO = /^\s*(import\s+socketio\b|from\s+socketio\s+import\b)/m
/** `@socketio.on("join")`, `@socketio.on("message", namespace="/chat")`, `@sio.event`, `@sio.on("*")`. */
const SOCKETIO_HANDLER = /^@\w+\.(on\s*\(|event\b)/

/** A class-based Socket.IO namespace (`class Chat(Namespace)`, `socketio.AsyncNamespace`), in a module that imports the library. */
export function socketioNamespaceClass(superclasses: string, text: string): boolean {
  return /\b(Async)?Namespace\b/.test(superclasses) && (IMPORTS_FLASK_SOCKETIO.test(text) || IMPORTS_PYTHON_SOCKETIO.test(text))
}

/**
 * A Socket.IO event handler's parameters that hold what the client emitted: with Flask-SocketIO every argument of
 * the event (`def on_join(data)`); with python-socketio the arguments after the session id the server assigned
 * (`async def message(sid, data)`), including a `connect` handler's `environ` (the client's headers) and `auth`. A
 * namespace class's `on_<event>` methods are handlers as the decorated functions are.
 */
export function socketioEventParams(decorators: readonly string[], params: readonly string[], method: boolean, text: string, namespaceHandler = false): readonly string[] {
  if (!namespaceHandler && !decorators.some((d) => SOCKETIO_HANDLER.test(d))) return []
  const own = method ? params.slice(1) : params
  if (IMPORTS_FLASK_SOCKETIO.test(text)) return own
  if (IMPORTS_PYTHON_SOCKETIO.test(text) && /^_?sid$/.test(own[0] ?? '')) return own.slice(1)
  return []
}
