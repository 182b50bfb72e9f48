// A reader for the flat YAML `.code-review.yml` uses: top-level `key: value`, where a value is a
// scalar, a flow list (`[a, b]`) or a block list (`- a` lines). Anything richer is refused with the
// line it is on, so a config never means something other than what it says. A full YAML parser
// would be a dependency for seven keys.

/**
 * @typedef {string | number | boolean | null} Scalar
 * @typedef {{ value: Scalar | Scalar[], line: number }} Entry
 */

export class YamlError extends Error {
  /** @param {number} line @param {string} message */
  constructor(line, message) {
    super(message)
    this.line = line
  }
}

/**
 * @param {string} text
 * @returns {Map<string, Entry>} keys in file order, each with the 1-based line it starts on
 */
export function parseFlatYaml(text) {
  /** @type {Map<string, Entry>} */
  const entries = new Map()
  /** @type {{ key: string, items: Scalar[], line: number, indent: number | null } | null} */
  let list = null
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/)

  // `key:` with nothing under it is YAML's null ("not set"), not an empty list.
  const closeList = () => {
    if (list) entries.set(list.key, { value: list.items.length > 0 ? list.items : null, line: list.line })
    list = null
  }

  lines.forEach((raw, index) => {
    const lineNo = index + 1
    if (/^\t/.test(raw)) throw new YamlError(lineNo, 'tabs are not allowed for indentation in YAML')
    const content = stripComment(raw, lineNo).trimEnd()
    if (content.trim() === '' || (index === 0 && content === '---')) return
    if (content === '---' || content === '...') throw new YamlError(lineNo, 'only one YAML document is allowed')

    const indent = content.length - content.trimStart().length
    const item = content.trimStart().match(/^-(?:\s+(.*))?$/)
    if (item && list && (list.indent === null || indent === list.indent)) {
      list.indent = indent
      if (item[1] === undefined || item[1] === '') throw new YamlError(lineNo, `an item of \`${list.key}\` is empty`)
      list.items.push(readScalar(item[1], lineNo))
      return
    }
    if (item) throw new YamlError(lineNo, 'a list item must follow a `key:` line')
    if (indent > 0) {
      throw new YamlError(lineNo, list ? `indent the items of \`${list.key}\` as \`- value\`` : 'unexpected indentation; every key must start at column 1')
    }
    closeList()

    const pair = content.match(/^([^:#'"[\]{}\s][^:]*?)\s*:(?:\s+(.*))?$/)
    if (!pair) throw new YamlError(lineNo, 'expected `key: value`')
    const key = pair[1]
    const rest = (pair[2] ?? '').trim()
    if (entries.has(key)) throw new YamlError(lineNo, `\`${key}\` is set twice`)
    if (rest === '') {
      list = { key, items: [], line: lineNo, indent: null }
      return
    }
    entries.set(key, { value: rest.startsWith('[') ? readFlowList(rest, lineNo) : readScalar(rest, lineNo), line: lineNo })
  })
  closeList()
  return entries
}

/** Drops a `#` comment that starts the line or follows whitespace, outside quotes. */
function stripComment(line, lineNo) {
  let quote = ''
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]
    if (quote) {
      if (ch === quote) {
        if (quote === "'" && line[i + 1] === "'") i++
        else quote = ''
      } else if (ch === '\\' && quote === '"') i++
    } else if (ch === '"' || ch === "'") {
      const before = line.slice(0, i).trimEnd()
      // Quotes only open a string at the start of a value, not inside a plain scalar like it's.
      if (before === '' || /[:\-[,]$/.test(before)) quote = ch
    } else if (ch === '#' && (i === 0 || /\s/.test(line[i - 1]))) {
      return line.slice(0, i)
    }
  }
  if (quote) throw new YamlError(lineNo, `unterminated ${quote === '"' ? 'double' : 'single'}-quoted string`)
  return line
}

/** @returns {Scalar[]} */
function readFlowList(text, lineNo) {
  if (!text.endsWith(']')) throw new YamlError(lineNo, 'a `[` list must close with `]` on the same line')
  const inner = text.slice(1, -1).trim()
  if (inner === '') return []
  const parts = []
  let current = ''
  let quote = ''
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i]
    if (quote) {
      current += ch
      if (ch === '\\' && quote === '"') current += inner[++i] ?? ''
      else if (ch === quote) quote = ''
    } else if (ch === '"' || ch === "'") {
      quote = ch
      current += ch
    } else if (ch === ',') {
      parts.push(current)
      current = ''
    } else if (ch === '[' || ch === '{') {
      throw new YamlError(lineNo, 'nested lists and maps are not supported here')
    } else current += ch
  }
  parts.push(current)
  return parts.map((part, i) => {
    if (part.trim() === '') {
      if (i === parts.length - 1 && parts.length > 1) return undefined // trailing comma
      throw new YamlError(lineNo, 'a list item is empty')
    }
    return readScalar(part.trim(), lineNo)
  }).filter((v) => v !== undefined)
}

/** @returns {Scalar} */
function readScalar(text, lineNo) {
  const first = text[0]
  if (first === '"') return readDoubleQuoted(text, lineNo)
  if (first === "'") {
    if (!/^'(?:[^']|'')*'$/.test(text)) throw new YamlError(lineNo, 'text after a closing quote')
    return text.slice(1, -1).replaceAll("''", "'")
  }
  if ('&*!|>{%@`'.includes(first)) {
    throw new YamlError(lineNo, `\`${first}\` (anchors, tags, block or flow maps) is not supported in .code-review.yml`)
  }
  if (first === '[') throw new YamlError(lineNo, 'nested lists are not supported here')
  if (/:\s/.test(text)) throw new YamlError(lineNo, 'nested maps are not supported here; quote the value if `: ` is part of it')
  if (/^(?:null|Null|NULL|~)$/.test(text)) return null
  if (/^(?:true|True|TRUE)$/.test(text)) return true
  if (/^(?:false|False|FALSE)$/.test(text)) return false
  if (/^[-+]?\d+$/.test(text)) return Number(text)
  if (/^[-+]?(?:\d+\.\d*|\.\d+)(?:[eE][-+]?\d+)?$/.test(text)) return Number(text)
  return text
}

function readDoubleQuoted(text, lineNo) {
  if (!/^"(?:[^"\\]|\\.)*"$/.test(text)) throw new YamlError(lineNo, 'text after a closing quote')
  try {
    // YAML's double-quoted escapes we accept are JSON's.
    return JSON.parse(text)
  } catch {
    throw new YamlError(lineNo, 'an escape in a double-quoted string is not valid')
  }
}
