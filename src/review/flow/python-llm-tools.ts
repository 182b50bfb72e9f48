/**
 * Functions a language model calls as tools. Their arguments are whatever the model wrote, and a
 * prompt (a user's message, a retrieved page, an email the agent reads) can steer that text, so a
 * tool's parameters are as untrusted as request data: a tool that opens, runs or fetches what it
 * is given does so for whoever wrote the prompt.
 */

/**
 * Decorators that register a tool: LangChain and CrewAI `@tool`, the OpenAI Agents SDK's
 * `@function_tool`, MCP servers' `@mcp.tool()`, pydantic-ai's `@agent.tool` / `@agent.tool_plain`,
 * Semantic Kernel's `@kernel_function`, LlamaIndex and smolagents' `@tool`.
 */
const TOOL_DECORATOR = /^@(\w+\.)*(tool|tool_plain|function_tool|kernel_function)\b/

/** A module-level table of tools by name (`TOOLS = {"search": search}`, the OpenAI cookbook's `available_functions`). */
const TOOL_TABLE = /^([A-Za-z_]\w*)\s*(?::[^=\n]+)?=\s*([[{])/gm
const TOOL_TABLE_NAME = /tools?\b|tools?_|_tools?$|^available_functions$|^function_map$|^functions_by_name$/i
/** `tools=[search, fetch]` passed to an agent, `Tool(func=search)`, `StructuredTool.from_function(search)`, `FunctionTool.from_defaults(fn=search)`. */
const TOOL_LIST_ARG = /\btools\s*=\s*\[([^\]]*)\]/g
const TOOL_WRAPPER = /\b(?:Tool|StructuredTool|FunctionTool)(?:\.from_function|\.from_defaults)?\(\s*(?:[^()]*?\b(?:func|fn)\s*=\s*)?([A-Za-z_]\w*)\b/g

/** Parameters a tool receives from the framework, not from the model. */
export const NOT_MODEL_ARGUMENT = /^(self|cls|ctx|context|run_context|wrapper|config|callbacks|run_manager|kernel)$/
/** Annotations that make the framework reject anything but a number, flag or context object. */
export const NOT_MODEL_TEXT = /^(Optional\[)?(int|float|bool|RunContext(\[.*\])?|Context|ToolContext|RunnableConfig|CallbackManager\w*)\]?$/

const TABLES = new WeakMap<object, Set<string>>()

/** The bracketed text starting at `open` (a `[` or `{`), up to its matching close. */
function bracketed(text: string, open: number): string {
  let depth = 0
  for (let i = open; i < text.length; i++) {
    const c = text[i]
    if (c === '[' || c === '{' || c === '(') depth++
    else if (c === ']' || c === '}' || c === ')') {
      depth--
      if (depth === 0) return text.slice(open + 1, i)
    }
  }
  return ''
}

/** Names of functions a file hands to a model as tools, through a table of tools, a `tools=[...]` list or a tool wrapper. */
export function toolTableNames(text: string, key: object): Set<string> {
  const known = TABLES.get(key)
  if (known) return known
  const names = new Set<string>()
  if (/tool|available_functions|function_map/i.test(text)) {
    for (const m of text.matchAll(TOOL_TABLE)) {
      if (!TOOL_TABLE_NAME.test(m[1]!)) continue
      const body = bracketed(text, m.index + m[0].length - 1)
      // Dict values (`"search": search_docs`) or list items (`[search_docs, fetch_page]`).
      const items = m[2] === '{' ? [...body.matchAll(/:\s*([A-Za-z_]\w*)\s*(?=[,}\n]|$)/g)] : [...body.matchAll(/(?:^|,)\s*([A-Za-z_]\w*)\s*(?=,|$)/g)]
      for (const item of items) names.add(item[1]!)
    }
    for (const m of text.matchAll(TOOL_LIST_ARG)) for (const item of m[1]!.matchAll(/(?:^|,)\s*([A-Za-z_]\w*)\s*(?=,|$)/g)) names.add(item[1]!)
    for (const m of text.matchAll(TOOL_WRAPPER)) names.add(m[1]!)
  }
  TABLES.set(key, names)
  return names
}

/** Whether a top-level function is a model's tool: registered by decorator, or listed as one in the file. */
export function isModelTool(name: string, decorators: readonly string[], text: string, key: object): boolean {
  return decorators.some((d) => TOOL_DECORATOR.test(d)) || toolTableNames(text, key).has(name)
}
