/**
 * Plain-object syntax trees. The analysis walks a tree many times, and every step through
 * web-tree-sitter's Node API is a call into wasm; so each tree is copied out once. The copy
 * reads the parser's subtrees straight from linear memory (`copyFromMemory`, about a sixth of
 * the parse); a cursor driven through the raw exports (`copyWithCursor`, about a third) is the
 * reference it is checked against and the fallback when the memory layout is not recognised.
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

/** How `buildTree` reads the wasm tree: straight from linear memory, or through the cursor exports. */
export type CopyMethod = 'memory' | 'cursor'

export function buildTree(raw: RawExports, tree: Tree, language: Language, text: string, options: BuildOptions = {}, method: CopyMethod = 'cursor'): SyntaxTree {
  const root: SNode = { type: 'root', named: true, field: undefined, start: 0, end: text.length, children: NO_CHILDREN, parent: undefined }
  const errorSpans: Array<[number, number]> = []
  if (method === 'memory') copyFromMemory(raw, tree, language, root, errorSpans, options.skip)
  else copyWithCursor(raw, tree, language, root, errorSpans, options.skip)
  // The walk starts on the grammar's root (`module`, `program`); hang it under our root.
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

/** Top-level definitions sit under the grammar's root (`module`, `program`), itself under ours. */
function isTopLevel(parent: SNode, root: SNode): boolean {
  return parent.parent === root || (parent.type === 'export_statement' && parent.parent?.parent === root)
}

function copyWithCursor(raw: RawExports, tree: Tree, language: Language, root: SNode, errorSpans: Array<[number, number]>, skip: BuildOptions['skip']): void {
  const x = raw.exports
  const { types, named, keep, opaque } = tablesFor(raw, language)
  const fields = language.fields
  const t = (tree as unknown as Record<number, number>)[0]!
  x.ts_tree_root_node_wasm(t)
  x.ts_tree_cursor_new_wasm(t)
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
        if (skip && !stub && DEFINITIONS.has(current.type) && isTopLevel(parent, root) && skip(current.start, current.end)) stub = current
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
}

/**
 * The grammar tables the memory walk needs, read once per language from its `TSLanguage`
 * struct in linear memory (tree-sitter ABI 14/15 layout: nine u32 counts and the u16 alias
 * length, then the table pointers). `undefined` when the struct does not look like that.
 */
interface MemoryTables {
  /** Internal symbol → the public id `language.types` is indexed by. */
  publicSymbol: Uint16Array
  /** `aliases[production * aliasWidth + structural child]`: the alias a child takes, or 0. */
  aliases: Uint16Array
  aliasWidth: number
  /** `fieldOf[production * fieldWidth + structural child]`: the child's own (not inherited) field, or 0. */
  fieldOf: Uint16Array
  fieldWidth: number
}
const memoryTablesByLanguage = new WeakMap<Language, MemoryTables | null>()

function memoryTablesFor(raw: RawExports, language: Language): MemoryTables | undefined {
  const known = memoryTablesByLanguage.get(language)
  if (known !== undefined) return known ?? undefined
  let tables: MemoryTables | null
  try {
    tables = readMemoryTables(raw, language) ?? null
  } catch {
    tables = null
  }
  memoryTablesByLanguage.set(language, tables)
  return tables ?? undefined
}

function readMemoryTables(raw: RawExports, language: Language): MemoryTables | undefined {
  const address = (language as unknown as Record<number, number>)[0]!
  const buffer = raw.memory.buffer
  const u32 = new Uint32Array(buffer)
  const u16 = new Uint16Array(buffer)
  const u8 = new Uint8Array(buffer)
  if (address % 4 !== 0) return undefined
  const word = (i: number) => u32[(address >> 2) + i]!
  const abi = word(0)
  // `language.types` has an entry per symbol and per alias (aliases are numbered after the symbols).
  const symbolCount = word(1) + word(2)
  const productions = word(7)
  const fieldCount = word(8)
  const aliasWidth = word(9) & 0xffff
  // The counts must agree with what the binding reports, and the names table with its names.
  if ((abi !== 14 && abi !== 15) || symbolCount !== language.types.length || fieldCount !== language.fields.length - 1) return undefined
  const cString = (at: number) => {
    let s = ''
    for (let i = at; u8[i] !== 0 && i < at + 256; i++) s += String.fromCharCode(u8[i]!)
    return s
  }
  const symbolNames = word(14) >> 2
  for (let id = 1; id < Math.min(symbolCount, 8); id++) if (cString(u32[symbolNames + id]!) !== language.types[id]) return undefined
  const fieldNames = word(15) >> 2
  for (let id = 1; id <= fieldCount; id++) if (cString(u32[fieldNames + id]!) !== language.fields[id]) return undefined
  const publicSymbol = u16.slice(word(19) >> 1, (word(19) >> 1) + symbolCount)
  const aliases = new Uint16Array(aliasWidth * productions)
  if (aliasWidth > 0) aliases.set(u16.subarray(word(21) >> 1, (word(21) >> 1) + aliases.length))
  // Field map slices are (u16 index, u16 length) per production; entries (u16 field, u8 child, u8 inherited).
  const slices = word(16) >> 1
  const entries = word(17)
  let fieldWidth = 1
  if (fieldCount > 0) {
    for (let p = 0; p < productions; p++) {
      const index = u16[slices + p * 2]!
      const length = u16[slices + p * 2 + 1]!
      for (let e = index; e < index + length; e++) fieldWidth = Math.max(fieldWidth, u8[entries + e * 4 + 2]! + 1)
    }
  }
  const fieldOf = new Uint16Array(fieldWidth * productions)
  if (fieldCount > 0) {
    for (let p = 0; p < productions; p++) {
      const index = u16[slices + p * 2]!
      const length = u16[slices + p * 2 + 1]!
      // The first non-inherited entry for a child wins, as in ts_tree_cursor_current_field_id.
      for (let e = index + length - 1; e >= index; e--) {
        if (u8[entries + e * 4 + 3]) continue
        fieldOf[p * fieldWidth + u8[entries + e * 4 + 2]!] = u16[(entries >> 1) + e * 2]!
      }
    }
  }
  return { publicSymbol, aliases, aliasWidth, fieldOf, fieldWidth }
}

/** One frame of the copy's walk at slot `g`: node pointer, child index, structural count, position, field, visible. */
function writeFrame(frames: Uint32Array, g: number, heap: number, pos: number, field: number, visible: number): void {
  frames[g] = heap
  frames[g + 1] = 0
  frames[g + 2] = 0
  frames[g + 3] = pos
  frames[g + 4] = field
  frames[g + 5] = visible
}
/**
 * The same copy as `copyWithCursor`, read straight from the tree's subtrees in linear memory
 * (tree-sitter's `Subtree`/`SubtreeHeapData` layout on wasm32): no call into wasm per node,
 * which made the cursor copy cost about a third of the parse. It follows the cursor's rules
 * exactly: hidden nodes are walked through, aliases rename and reveal, a field comes from the
 * nearest production that names the node or a hidden ancestor. `SyntaxRuntime` checks it
 * against the cursor copy once per grammar before relying on it.
 */
function copyFromMemory(raw: RawExports, tree: Tree, language: Language, root: SNode, errorSpans: Array<[number, number]>, skip: BuildOptions['skip']): void {
  const tables = memoryTablesFor(raw, language)
  if (!tables) throw new Error('tree-sitter memory layout not recognised')
  const { types, named, keep, opaque } = tablesFor(raw, language)
  const { publicSymbol, aliases, aliasWidth, fieldOf, fieldWidth } = tables
  const fields = language.fields
  const buffer = raw.memory.buffer
  const u8 = new Uint8Array(buffer)
  const u16 = new Uint16Array(buffer)
  const u32 = new Uint32Array(buffer)
  const t = (tree as unknown as Record<number, number>)[0]!
  // TSTree starts with its root Subtree; a root is always a heap node.
  const rootAt = t
  if (u8[rootAt]! & 1) return
  const rootPtr = u32[rootAt >> 2]!
  const rootStart = u32[(rootPtr + 4) >> 2]!
  const rootSymbol = u16[(rootPtr + 40) >> 1]!
  const rootId = rootSymbol === ERROR_SYMBOL ? ERROR_SYMBOL : publicSymbol[rootSymbol]!
  const rootNode: SNode = {
    type: rootId === ERROR_SYMBOL ? 'ERROR' : (types[rootId] ?? ''),
    named: rootId === ERROR_SYMBOL || (named[rootId] ?? false),
    field: undefined,
    start: rootStart >> 1,
    end: (rootStart + u32[(rootPtr + 16) >> 2]!) >> 1,
    children: NO_CHILDREN,
    parent: root,
  }
  root.children = [rootNode]
  if (rootId === ERROR_SYMBOL) errorSpans.push([rootNode.start, rootNode.end])
  if (!(rootId === ERROR_SYMBOL || keep[rootId]) || opaque[rootId] || u32[(rootPtr + 36) >> 2]! === 0) {
    if (!(rootId === ERROR_SYMBOL || keep[rootId])) root.children = NO_CHILDREN
    return
  }
  // One frame per subtree whose children are being read: visible nodes and the hidden ones
  // walked through. Frames are FRAME-wide rows of one typed array, so the walk allocates nothing
  // but the nodes it keeps: heap address, next child, next structural child, byte position of
  // the next child (padding excluded), the field a hidden frame passes down, visible or not.
  let frames = new Uint32Array(FRAME * 64)
  const frameNodes: SNode[] = []
  // Children gather on a scratch list per depth; `filled[depth]` counts the live entries, so a
  // list is reused by overwriting instead of being truncated when its node is closed.
  const scratch: SNode[][] = [[]]
  const filled: number[] = [0]
  let depth = 0
  let stub: SNode | undefined
  // Frames are pushed with a module-level writer, not a closure: a closure that writes `frames`
  // and `top` would move both out of registers for the whole walk, which touches them per node.
  let top = 1
  writeFrame(frames, 0, rootPtr, rootStart, 0, 1)
  frameNodes[0] = rootNode
  while (top > 0) {
    const f = (top - 1) * FRAME
    const ptr = frames[f]!
    const count = u32[(ptr + 36) >> 2]!
    const index = frames[f + 1]!
    if (index >= count) {
      top--
      if (frames[f + 5]) {
        const node = frameNodes[top]!
        const used = filled[depth]!
        if (used > 0) {
          node.children = scratch[depth]!.slice(0, used)
          filled[depth] = 0
        }
        depth--
        if (node === stub) stub = undefined
      }
      continue
    }
    const production = u16[(ptr + 66) >> 1]!
    const child = ptr - (count - index) * 8
    let pos = frames[f + 3]!
    const structural = frames[f + 2]!
    // Child data: inline leaves pack their fields into the 8-byte Subtree itself.
    const flags = u8[child]!
    let symbol: number
    let visible: boolean
    let extra: boolean
    let padding: number
    let size: number
    let heap = 0
    if (flags & 1) {
      visible = (flags & 2) !== 0
      extra = (flags & 8) !== 0
      symbol = u8[child + 1]!
      padding = u8[child + 6]!
      size = u8[child + 7]!
    } else {
      heap = u32[child >> 2]!
      const bits = u8[heap + 44]!
      visible = (bits & 1) !== 0
      extra = (bits & 4) !== 0
      symbol = u16[(heap + 40) >> 1]!
      padding = u32[(heap + 4) >> 2]!
      size = u32[(heap + 16) >> 2]!
    }
    if (index > 0) pos += padding
    let alias = 0
    let field = 0
    if (!extra) {
      if (production !== 0 && aliasWidth > 0) alias = aliases[production * aliasWidth + structural] ?? 0
      if (structural < fieldWidth) field = fieldOf[production * fieldWidth + structural]!
      if (field === 0) field = frames[f + 4]!
      frames[f + 2] = structural + 1
    }
    frames[f + 1] = index + 1
    frames[f + 3] = pos + size
    if (alias !== 0) visible = true
    if (!visible) {
      // Hidden: walk through it when it has visible children (as the cursor does), else drop it.
      if (heap !== 0 && u32[(heap + 36) >> 2]! > 0 && u32[(heap + 48) >> 2]! > 0) {
        if ((top + 1) * FRAME > frames.length) frames = grown(frames)
        writeFrame(frames, top * FRAME, heap, pos, extra ? 0 : field, 0)
        frameNodes[top] = frameNodes[top - 1]!
        top++
      }
      continue
    }
    const shown = alias !== 0 ? alias : symbol
    const id = shown === ERROR_SYMBOL ? ERROR_SYMBOL : publicSymbol[shown]!
    const isError = id === ERROR_SYMBOL
    const parent = frameNodes[top - 1]!
    let current: SNode | undefined
    if (stub && !STUB_FIELDS.has(fields[field] ?? '')) {
      // Inside a stub: skip everything but the definition's name.
    } else if (isError || keep[id] || field !== 0) {
      const start = pos >> 1
      current = {
        type: isError ? 'ERROR' : (types[id] ?? ''),
        named: isError || (named[id] ?? false),
        field: field ? (fields[field] ?? undefined) : undefined,
        start,
        end: (pos + size) >> 1,
        children: NO_CHILDREN,
        parent,
      }
      scratch[depth]![filled[depth]!++] = current
      if (isError) errorSpans.push([current.start, current.end])
      if (skip && !stub && DEFINITIONS.has(current.type) && isTopLevel(parent, root) && skip(current.start, current.end)) stub = current
    }
    const descend = current && !opaque[id] && (!stub || current === stub || current.field === 'definition')
    if (descend && heap !== 0 && u32[(heap + 36) >> 2]! > 0) {
      depth++
      if (scratch.length === depth) {
        scratch.push([])
        filled.push(0)
      }
      if ((top + 1) * FRAME > frames.length) frames = grown(frames)
      writeFrame(frames, top * FRAME, heap, pos, 0, 1)
      frameNodes[top] = current!
      top++
    }
  }
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

const FRAME = 6

function grown(frames: Uint32Array<ArrayBuffer>): Uint32Array<ArrayBuffer> {
  const bigger = new Uint32Array(frames.length * 2)
  bigger.set(frames)
  return bigger
}

/** True when two copies hold the same nodes (types, fields, offsets, shape) and error rows. */
export function sameTree(a: SyntaxTree, b: SyntaxTree): boolean {
  if (a.errorRows.size !== b.errorRows.size || [...a.errorRows].some((r) => !b.errorRows.has(r))) return false
  const left: SNode[] = [a.root]
  const right: SNode[] = [b.root]
  while (left.length > 0) {
    const x = left.pop()!
    const y = right.pop()!
    if (x.type !== y.type || x.named !== y.named || x.field !== y.field || x.start !== y.start || x.end !== y.end || x.children.length !== y.children.length) return false
    left.push(...x.children)
    right.push(...y.children)
  }
  return true
}
