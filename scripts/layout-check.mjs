// `npm run layout:check`: the README's "Project layout" block names every folder of the tree
// (top-level folders and those under src/), and every path it names exists. CI runs it so the
// section cannot drift from the code again.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const IGNORED_TOP = new Set(['node_modules'])

/** The paths listed in the first fenced block after the `## Project layout` heading. */
export function layoutPaths(markdown) {
  const section = markdown.split(/^## Project layout\s*$/m)[1]
  if (!section) throw new Error('README.md has no "## Project layout" section')
  const block = section.match(/```[^\n]*\n([\s\S]*?)```/)
  if (!block) throw new Error('the "Project layout" section has no code block')
  return block[1]
    .split('\n')
    .map((line) => line.trim().split(/\s+/)[0])
    .filter(Boolean)
}

function folders(dir) {
  return readdirSync(path.join(root, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('.') && !(dir === '' && IGNORED_TOP.has(e.name)))
    .map((e) => (dir ? `${dir}/${e.name}/` : `${e.name}/`))
}

function main() {
  const listed = layoutPaths(readFileSync(path.join(root, 'README.md'), 'utf8'))
  const listedSet = new Set(listed)
  const problems = []
  for (const p of listed) if (!existsSync(path.join(root, p))) problems.push(`listed but missing: ${p}`)
  for (const dir of [...folders(''), ...folders('src')]) {
    // A top-level folder counts as listed when the block names it or anything inside it.
    const named = listedSet.has(dir) || listed.some((p) => p.startsWith(dir))
    if (!named) problems.push(`not in the README layout: ${dir}`)
  }
  if (problems.length > 0) {
    console.error(`README "Project layout" is out of date:\n  ${problems.join('\n  ')}`)
    process.exit(1)
  }
  console.log(`README layout matches the tree (${listed.length} entries)`)
}

main()
