/**
 * JSX elements a JS/TS diff leaves open. A component's hunk that ends inside its markup (`<ul>{hits.map((h) => (<li>`)
 * leaves the elements it opened unclosed, and the brackets written back after the last hunk then close the `map(`
 * inside an open `<li>`: the whole return fails to parse, and with it every added line of the file. An opening tag
 * whose `>` sits in the gap (`<form` shown, its attributes not) has its `>` written on the gap's blank row. The closers
 * after the last hunk are written again in order, elements and brackets interleaved.
 */

type Item = { kind: 'bracket'; ch: string } | { kind: 'element'; name: string }

const OPENER_BEFORE_JSX = /[(,=?:{[>&|]$|\breturn$|=>$/
const CLOSE: Record<string, string> = { '(': ')', '[': ']', '{': '}' }

/**
 * The text with open JSX elements closed, given the rebuilt text and the bracket tail written after it; undefined when
 * the text holds no element left open (nothing to change).
 */
export function withJsxClosers(text: string, tail: string): string | undefined {
  const rows = text.split('\n')
  const stack: Item[] = []
  // Where the scan is: JS code, a tag's attributes, or an element's children.
  type Mode = 'js' | 'tag' | 'children'
  const modes: Mode[] = ['js']
  const mode = () => modes[modes.length - 1]!
  let sawElement = false
  let openTagRow = -1
  let last = ''
  /** Opens the element whose `<` is at `at` on row `r` (`<Row`, or `<>` for a fragment); returns where the scan resumes. */
  const openElement = (row: string, at: number, r: number): number => {
    const name = /^<([A-Za-z][\w.:-]*)?/.exec(row.slice(at))![1] ?? ''
    stack.push({ kind: 'element', name })
    modes.push(name === '' ? 'children' : 'tag')
    openTagRow = r
    last = '<'
    return at + name.length + (name === '' ? 1 : 0)
  }
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!
    if (row.trim() === '') continue
    // An opening tag whose row ended without `>`, resumed by a child element: the `>` was in the gap.
    if (mode() === 'tag' && openTagRow >= 0 && r > openTagRow + 1 && /^\s*<[A-Za-z/]/.test(row) && rows[r - 1]!.trim() === '') {
      rows[r - 1] = '>'
      modes[modes.length - 1] = 'children'
    }
    for (let i = 0; i < row.length; i++) {
      const c = row[i]!
      const m = mode()
      if (m === 'js') {
        if (c === '/' && row[i + 1] === '/') break
        // A regular expression literal (`/[&<>"']/g`) where an operand starts: its `<` and quotes are its own.
        if (c === '/' && row[i + 1] !== '*' && /^$|[(,=:[!&|?{};]$|\breturn$/.test(last)) {
          let inClass = false
          for (i++; i < row.length; i++) {
            const d = row[i]!
            if (d === '\\') i++
            else if (d === '[') inClass = true
            else if (d === ']') inClass = false
            else if (d === '/' && !inClass) break
          }
          last = 'regex'
          continue
        }
        if (c === '"' || c === "'" || c === '`') {
          const q = c
          for (i++; i < row.length && row[i] !== q; i++) if (row[i] === '\\') i++
          last = q
          continue
        }
        if (c === '<' && /[A-Za-z>]/.test(row[i + 1] ?? '') && OPENER_BEFORE_JSX.test(last)) {
          sawElement = true
          i = openElement(row, i, r)
          continue
        }
        if (c === '(' || c === '[' || c === '{') {
          stack.push({ kind: 'bracket', ch: c })
          modes.push('js')
        } else if (c === ')' || c === ']' || c === '}') {
          const top = stack[stack.length - 1]
          if (top?.kind !== 'bracket') return undefined
          stack.pop()
          modes.pop()
          if (modes.length === 0) return undefined
        }
        if (c.trim() !== '') last = /[\w$]/.test(c) ? (/[\w$]$/.test(last) ? last + c : c) : c
        continue
      }
      if (m === 'tag') {
        if (c === '"' || c === "'") {
          for (i++; i < row.length && row[i] !== c; i++);
        } else if (c === '{') {
          stack.push({ kind: 'bracket', ch: '{' })
          modes.push('js')
          last = '{'
        } else if (c === '/' && row[i + 1] === '>') {
          stack.pop()
          modes.pop()
          i++
          last = '>'
        } else if (c === '>') {
          modes[modes.length - 1] = 'children'
          last = '>'
        }
        continue
      }
      // Children: text, `{expression}`, nested elements, and the closing tag.
      if (c === '{') {
        stack.push({ kind: 'bracket', ch: '{' })
        modes.push('js')
        last = '{'
      } else if (c === '<' && row[i + 1] === '/') {
        const close = /^<\/([A-Za-z][\w.:-]*)?\s*>/.exec(row.slice(i))
        if (!close) return undefined
        const top = stack[stack.length - 1]
        if (top?.kind !== 'element' || top.name !== (close[1] ?? '')) return undefined
        stack.pop()
        modes.pop()
        i += close[0].length - 1
        last = '>'
      } else if (c === '<' && /[A-Za-z>]/.test(row[i + 1] ?? '')) {
        i = openElement(row, i, r)
      }
    }
  }
  if (!sawElement || !stack.some((s) => s.kind === 'element')) return undefined
  // Read with the elements, the brackets left open are the scan's own, in place of the tail counted without them.
  if (tail.trim() === '') return undefined
  const closers = [...stack].reverse().map((s) => (s.kind === 'bracket' ? CLOSE[s.ch] : `</${s.name}>`)).join('')
  return `${rows.join('\n')}\n${closers}`
}
