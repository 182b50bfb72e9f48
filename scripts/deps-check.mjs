// `npm run deps:check`: the folders under src/ import each other in one direction only. It reads
// the import statements of every module under src/, draws the graph between folders (each
// top-level folder is one unit, `review/` included: its inner layout is the engine's own
// business; files directly under src/ are a unit each) and fails on
//   - any cycle between units, naming the imports that close it;
//   - any import of src/routes/ from outside it: HTTP is the top layer, and only the entry
//     points (app.ts, index.ts) wire it in.
// Type-only imports count: a layer that needs a type from above it is leaning on that layer.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const MODULE = /\.(ts|mts|mjs|js)$/
const RESOLVE_SUFFIXES = ['', '.ts', '.mts', '.mjs', '.js', '/index.ts', '/index.mjs', '/index.js']
/** Entry points that may import routes/. */
const ROUTE_IMPORTERS = new Set(['app.ts', 'index.ts'])

/**
 * The relative specifiers a module imports: `import … from`, `export … from`, `import '…'` and
 * `import('…')`. Statements are read where TypeScript puts them, at the start of a line; a brace
 * list that spans lines is joined first. Comment lines are skipped.
 */
export function importSpecifiers(source) {
  const found = new Set()
  const lines = source.split('\n')
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]
    if (/^\s*(\/\/|\*|\/\*)/.test(line)) continue
    if (/^(import|export)\b/.test(line)) {
      // `import {` … `} from '…'` over several lines.
      while (line.includes('{') && !line.includes('}') && i + 1 < lines.length) line += ' ' + lines[++i]
      const from = line.match(/^(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]/)
      const bare = line.match(/^import\s*['"]([^'"]+)['"]/)
      if (from) found.add(from[1])
      else if (bare) found.add(bare[1])
    }
    for (const dynamic of line.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) found.add(dynamic[1])
  }
  return [...found].filter((s) => s.startsWith('.'))
}

/** The unit a file under src/ belongs to: its top-level folder, or the file itself at the root. */
export function unitOf(file) {
  return file.split('/')[0]
}

function resolve(from, specifier, exists) {
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier))
  // TypeScript lets `./x.js` name `./x.ts`.
  const candidates = [...RESOLVE_SUFFIXES.map((s) => base + s), base.replace(/\.js$/, '.ts'), base.replace(/\.mjs$/, '.mts')]
  return candidates.find((c) => !c.startsWith('..') && exists(c))
}

/**
 * Checks a set of modules, given as paths relative to src/ and their text. Returns the folder
 * graph (unit → unit → the imports behind the edge) and one message per problem.
 */
export function checkDependencies(modules) {
  const files = new Set(modules.keys())
  const edges = new Map()
  const problems = []
  for (const [file, source] of modules) {
    for (const specifier of importSpecifiers(source)) {
      // Unresolvable specifiers are the typechecker's business (or text that only looks like an import).
      const target = resolve(file, specifier, (c) => files.has(c))
      if (!target) continue
      const from = unitOf(file)
      const to = unitOf(target)
      if (to === 'routes' && from !== 'routes' && !ROUTE_IMPORTERS.has(file)) {
        problems.push(`src/${file} imports src/${target}: only the entry points (${[...ROUTE_IMPORTERS].join(', ')}) may import routes/`)
      }
      if (from === to) continue
      if (!edges.has(from)) edges.set(from, new Map())
      const byTarget = edges.get(from)
      if (!byTarget.has(to)) byTarget.set(to, [])
      byTarget.get(to).push(`src/${file} → src/${target}`)
    }
  }
  for (const component of stronglyConnected(edges)) {
    const cycle = shortestCycle(edges, component)
    const lines = []
    for (let i = 0; i + 1 < cycle.length; i++) {
      const imports = edges.get(cycle[i]).get(cycle[i + 1])
      lines.push(`    ${cycle[i]} → ${cycle[i + 1]}: ${imports.slice(0, 3).join(', ')}${imports.length > 3 ? ` (+${imports.length - 3} more)` : ''}`)
    }
    const others = component.length > cycle.length - 1 ? ` (all of ${[...component].sort().join(', ')} are tangled)` : ''
    problems.push(`import cycle between folders: ${cycle.join(' → ')}${others}\n${lines.join('\n')}`)
  }
  return { edges, problems }
}

/** Tarjan's algorithm: the components of more than one unit, each a set of units that reach each other. */
function stronglyConnected(edges) {
  const nodes = new Set([...edges.keys(), ...[...edges.values()].flatMap((m) => [...m.keys()])])
  const index = new Map()
  const low = new Map()
  const stack = []
  const onStack = new Set()
  const components = []
  let next = 0
  const visit = (node) => {
    index.set(node, next)
    low.set(node, next++)
    stack.push(node)
    onStack.add(node)
    for (const to of edges.get(node)?.keys() ?? []) {
      if (!index.has(to)) {
        visit(to)
        low.set(node, Math.min(low.get(node), low.get(to)))
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node), index.get(to)))
    }
    if (low.get(node) === index.get(node)) {
      const component = []
      let member
      do {
        member = stack.pop()
        onStack.delete(member)
        component.push(member)
      } while (member !== node)
      if (component.length > 1) components.push(component)
    }
  }
  for (const node of [...nodes].sort()) if (!index.has(node)) visit(node)
  return components
}

/** The shortest cycle through the component's first unit (alphabetically), as a closed path. */
function shortestCycle(edges, component) {
  const members = new Set(component)
  const start = [...component].sort()[0]
  const previous = new Map([[start, null]])
  const queue = [start]
  while (queue.length > 0) {
    const node = queue.shift()
    for (const to of [...(edges.get(node)?.keys() ?? [])].sort()) {
      if (!members.has(to)) continue
      if (to === start) {
        const path = [start]
        for (let at = node; at !== start; at = previous.get(at)) path.unshift(at)
        path.unshift(start)
        return path
      }
      if (!previous.has(to)) {
        previous.set(to, node)
        queue.push(to)
      }
    }
  }
  return [start, start]
}

function readModules(dir, into = new Map(), prefix = '') {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name)
    const relative = prefix ? `${prefix}/${name}` : name
    if (statSync(full).isDirectory()) readModules(full, into, relative)
    else if (MODULE.test(name)) into.set(relative, readFileSync(full, 'utf8'))
  }
  return into
}

function main() {
  const modules = readModules(path.join(root, 'src'))
  const { edges, problems } = checkDependencies(modules)
  if (process.argv.includes('--graph')) {
    for (const [from, targets] of [...edges].sort(([a], [b]) => a.localeCompare(b))) {
      console.log(`${from} → ${[...targets.keys()].sort().join(', ')}`)
    }
  }
  if (problems.length > 0) {
    console.error(`deps:check: ${problems.length} problem(s) in the imports of src/:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    process.exit(1)
  }
  console.log(`deps:check: ${modules.size} modules, ${[...edges.values()].reduce((n, m) => n + m.size, 0)} folder edges, no cycles, routes/ imported only by the entry points`)
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main()
