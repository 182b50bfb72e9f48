/**
 * Plain-object syntax trees. The analysis walks a tree many times, and every step through
 * web-tree-sitter's Node API is a call into wasm; so each tree is copied out once, with a
 * cursor driven through the raw exports (the binding keeps the cursor in its transfer buffer,
 * so consecutive moves need no marshalling). That copy costs about a third of the parse.
 * Punctuation is dropped; keywords and any token with a field name (operators) are kept.
 */
import type { Language, Tree } from 'web-tree-sitter'

export interface SNode {
  type: string
  named: boolean
  /** Field name in the parent (`function`, `arguments`, `left`...). */
  field: string | undefined
  /** UTF-16 offsets into the parsed text. */
  start: number
  end: number
  children: SNode[]
  parent: SNode | undefined
}

export interface RawExports {
  exports: {
    ts_init(): number
    ts_tree_root_node_wasm(tree: number): void
    ts_tree_cursor_new_wasm(tree: number): void
    ts_tree_cursor_delete_wasm(tree: number): void
    ts_tree_cursor_goto_first_child_wasm(tree: number): number
    ts_tree_cursor_goto_next_sibling_wasm(tree: number): number
    ts_tree_cursor_goto_parent_wasm(tree: number): number
    ts_tree_cursor_current_node_type_id_wasm(tree: number): number
    ts_tree_cursor_start_index_wasm(tree: number): number
    ts_tree_cursor_end_index_wasm(tree: number): number
    ts_tree_cursor_current_field_id_wasm(tree: number): number
    ts_language_symbol_type(language: number, symbol: number): number
  }
  memory: WebAssembly.Memory
  transfer: number
}

export interface SyntaxTree {
  root: SNode
  text: string
  /** Offsets where each line starts; row `r` is new-side line `r + 1`. */
  lineStarts: number[]
  /** Rows (0-based) covered by ERROR nodes: the parser could not make sense of them. */
  errorRows: Set<number>
}

const ERROR_SYMBOL = 65535
/** Subtrees kept as leaves: their insides never matter to a rule, and TS types are half of a TS file. */
const OPAQUE = new Set([
  'comment',
  'string_content',
  'escape_sequence',
  'regex',
  'type_annotation',
  'type_arguments',
  'type_parameters',
  'interface_declaration',
  'type_alias_declaration',
  'jsx_text',
])
const KEYWORD = /^[a-z_]+$/

interface Tables {
  types: string[]
  named: boolean[]
  keep: boolean[]
  opaque: boolean[]
}
const tablesByLanguage = new WeakMap<Language, Tables>()

function tablesFor(raw: RawExports, language: Language): Tables {
  let tables = tablesByLanguage.get(language)
  if (tables) return tables
  const languageAddress = (language as unknown as Record<number, number>)[0]!
  const types: string[] = []
  const named: boolean[] = []
  const keep: boolean[] = []
  const opaque: boolean[] = []
  for (let id = 0; id < language.types.length; id++) {
    const type = language.types[id] ?? ''
    const isNamed = raw.exports.ts_language_symbol_type(languageAddress, id) === 0
    types.push(type)
    named.push(isNamed)
    keep.push(isNamed || KEYWORD.test(type))
    opaque.push(OPAQUE.has(type))
  }
  tables = { types, named, keep, opaque }
  tablesByLanguage.set(language, tables)
  return tables
}

/**
 * Top-level definitions whose body the review may leave out (see `BuildOptions.skip`): only
 * their `name` stays, so references to them still resolve to a local definition.
 */
const STUB_FIELDS = new Set(['name', 'definition'])
const DEFINITIONS = new Set(['function_definition', 'class_definition', 'decorated_definition', 'function_declaration', 'generator_function_declaration', 'class_declaration'])

export interface BuildOptions {
  /**
   * Called for each top-level definition (offsets into the text); `true` copies it as a stub.
   * A review uses it for definitions no added line is in or reaches: their bodies cannot
   * produce a finding, and copying them is most of the cost of a big file with a small change.
   */
  skip?(start: number, end: number): boolean
}

/** Every leaf shares this one empty array: half the nodes are leaves, and an empty array each is 16 bytes apiece. */
const NO_CHILDREN: SNode[] = []

export function buildTree(raw: RawExports, tree: Tree, language: Language, text: string, options: BuildOptions = {}): SyntaxTree {
  const x = raw.exports
  const { types, named, keep, opaque } = tablesFor(raw, language)
  const skip = options.skip
  const fields = language.fields
  const t = (tree as unknown as Record<number, number>)[0]!
  x.ts_tree_root_node_wasm(t)
  x.ts_tree_cursor_new_wasm(t)
  const root: SNode = { type: 'root', named: true, field: undefined, start: 0, end: text.length, children: NO_CHILDREN, parent: undefined }
  const errorSpans: Array<[number, number]> = []
  // Children are gathered on a reused scratch list per depth and copied out at their exact
  // length when the parent is left: an array grown by push keeps room for 16 or more, which
  // for nodes of one to three children is most of a big file's tree.
  const scratch: SNode[][] = [[]]
  let depth = 0
  const close = (node: SNode) => {
    const list = scratch[depth]!
    if (list.length > 0) {
      node.children = list.slice()
      list.length = 0
    }
  }
  // A stub keeps only its `name` child; `stub` is the node being stubbed, while inside it.
  let stub: SNode | undefined
  try {
    let parent = root
    let current: SNode | undefined
    for (;;) {
      const id = x.ts_tree_cursor_current_node_type_id_wasm(t)
      const isError = id === ERROR_SYMBOL
      const fieldId = x.ts_tree_cursor_current_field_id_wasm(t)
      current = undefined
      if (stub && !STUB_FIELDS.has(fields[fieldId] ?? '')) {
        // Inside a stub: skip everything but the definition's name.
      } else if (isError || keep[id] || fieldId !== 0) {
        current = {
          type: isError ? 'ERROR' : (types[id] ?? ''),
          named: isError || (named[id] ?? false),
          field: fieldId ? (fields[fieldId] ?? undefined) : undefined,
          start: x.ts_tree_cursor_start_index_wasm(t),
          end: x.ts_tree_cursor_end_index_wasm(t),
          children: NO_CHILDREN,
          parent,
        }
        scratch[depth]!.push(current)
        if (isError) errorSpans.push([current.start, current.end])
        // Top-level definitions sit under the grammar's root (`module`, `program`), itself under ours.
        if (skip && !stub && DEFINITIONS.has(current.type) && (parent.parent === root || (parent.type === 'export_statement' && parent.parent?.parent === root)) && skip(current.start, current.end)) stub = current
      }
      const descend = current && !opaque[id] && (!stub || current === stub || current.field === 'definition')
      if (descend && x.ts_tree_cursor_goto_first_child_wasm(t)) {
        parent = current!
        depth++
        if (scratch.length === depth) scratch.push([])
        continue
      }
      // Unkept tokens are leaves, so only a kept node can be a parent.
      let moved = false
      while (!(moved = x.ts_tree_cursor_goto_next_sibling_wasm(t) === 1)) {
        if (!x.ts_tree_cursor_goto_parent_wasm(t)) break
        close(parent)
        depth--
        if (parent === stub) stub = undefined
        parent = parent.parent ?? root
      }
      if (!moved) break
    }
  } finally {
    x.ts_tree_cursor_delete_wasm(t)
  }
  close(root)
  // The cursor starts on the grammar's root (`module`, `program`); hang it under our root.
  const top = root.children[0]
  const result = top ?? root
  result.parent = undefined
  const lineStarts = computeLineStarts(text)
  const errorRows = new Set<number>()
  for (const [start, end] of errorSpans) {
    for (let row = rowAt(lineStarts, start), last = rowAt(lineStarts, Math.max(start, end - 1)); row <= last; row++) errorRows.add(row)
  }
  return { root: result, text, lineStarts, errorRows }
}

export function computeLineStarts(text: string): number[] {
  const starts = [0]
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return starts
}

/** 0-based row of a text offset. */
export function rowAt(lineStarts: readonly number[], offset: number): number {
  let lo = 0
  let hi = lineStarts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (lineStarts[mid]! <= offset) lo = mid
    else hi = mid - 1
  }
  return lo
}
