/**
 * Turns a corpus case into the unified diff `git diff` would print for it: a new file is all
 * added lines; a modified file is its changed lines with three lines of context, so rules see
 * exactly what they would see in a real pull request and no more.
 */

const CONTEXT = 3

type Op = { kind: ' ' | '-' | '+'; text: string; oldLine: number; newLine: number }

/** Line diff by longest common subsequence; corpus files are small enough for the O(n·m) table. */
function diffLines(before: readonly string[], after: readonly string[]): Op[] {
  const n = before.length
  const m = after.length
  const width = m + 1
  const lcs = new Uint16Array((n + 1) * width)
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] = before[i] === after[j] ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!)
    }
  }
  const ops: Op[] = []
  let i = 0
  let j = 0
  while (i < n || j < m) {
    if (i < n && j < m && before[i] === after[j]) {
      ops.push({ kind: ' ', text: after[j]!, oldLine: 0, newLine: 0 })
      i++
      j++
    } else if (i < n && (j >= m || lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!)) {
      ops.push({ kind: '-', text: before[i]!, oldLine: 0, newLine: 0 })
      i++
    } else {
      ops.push({ kind: '+', text: after[j]!, oldLine: 0, newLine: 0 })
      j++
    }
  }
  // Print removals before additions within a change, as git does.
  for (let k = 0; k < ops.length; k++) {
    if (ops[k]!.kind !== '+') continue
    let end = k
    while (end < ops.length && ops[end]!.kind !== ' ') end++
    const block = ops.slice(k, end)
    const sorted = [...block.filter((o) => o.kind === '-'), ...block.filter((o) => o.kind === '+')]
    ops.splice(k, block.length, ...sorted)
    k = end - 1
  }
  // Number the lines in printed order: a removal sits after the new side's previous line, an addition after the old side's.
  let oldLine = 0
  let newLine = 0
  for (const op of ops) {
    if (op.kind !== '+') oldLine++
    if (op.kind !== '-') newLine++
    op.oldLine = oldLine
    op.newLine = newLine
  }
  return ops
}

/** git's default hunk heading: the nearest line above the hunk that starts with a letter, `_` or `$`. */
function sectionHeading(before: readonly string[], oldStart: number): string {
  for (let i = oldStart - 2; i >= 0; i--) {
    const line = before[i]!
    if (/^[A-Za-z_$]/.test(line)) return ` ${line.slice(0, 80).trimEnd()}`
  }
  return ''
}

export interface CaseDiff {
  text: string
  /** New-side line numbers of the added lines. */
  added: Set<number>
}

export function buildDiff(path: string, after: readonly string[], before?: readonly string[]): CaseDiff {
  if (!before) {
    const body = after.map((l) => `+${l}`).join('\n')
    const text = `diff --git a/${path} b/${path}\nnew file mode 100644\nindex 0000000..1111111\n--- /dev/null\n+++ b/${path}\n@@ -0,0 +1,${after.length} @@\n${body}\n`
    return { text, added: new Set(after.map((_, i) => i + 1)) }
  }
  const ops = diffLines(before, after)
  const changed = ops.flatMap((o, k) => (o.kind === ' ' ? [] : [k]))
  const added = new Set(ops.filter((o) => o.kind === '+').map((o) => o.newLine))
  const out = [`diff --git a/${path} b/${path}`, 'index 1111111..2222222 100644', `--- a/${path}`, `+++ b/${path}`]
  let k = 0
  while (k < changed.length) {
    // Grow the hunk while the next change is within twice the context of the last one.
    let last = changed[k]!
    let next = k + 1
    while (next < changed.length && changed[next]! - last <= 2 * CONTEXT + 1) last = changed[next++]!
    const from = Math.max(0, changed[k]! - CONTEXT)
    const to = Math.min(ops.length - 1, last + CONTEXT)
    const slice = ops.slice(from, to + 1)
    const oldCount = slice.filter((o) => o.kind !== '+').length
    const newCount = slice.filter((o) => o.kind !== '-').length
    const first = slice[0]!
    const oldStart = first.kind === '+' ? first.oldLine + 1 : first.oldLine
    const newStart = first.kind === '-' ? first.newLine + 1 : first.newLine
    const oldField = oldCount === 0 ? `${oldStart - 1},0` : `${oldStart},${oldCount}`
    const newField = newCount === 0 ? `${newStart - 1},0` : `${newStart},${newCount}`
    out.push(`@@ -${oldField} +${newField} @@${sectionHeading(before, oldStart)}`)
    for (const o of slice) out.push(`${o.kind}${o.text}`)
    k = next
  }
  return { text: `${out.join('\n')}\n`, added }
}
