import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { checkDependencies, importSpecifiers } from '../scripts/deps-check.mjs'

const script = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../scripts/deps-check.mjs')

/** Modules keyed by their path under src/. */
const tree = (files) => new Map(Object.entries(files))

describe('importSpecifiers', () => {
  it('reads every form of import and re-export, one line or several, and skips comments and packages', () => {
    const source = [
      "import { a } from './a'",
      "import type { B } from '../b/types'",
      'import {',
      '  c,',
      '  type D,',
      "} from '../c'",
      "import './side-effect'",
      "export { e } from '../e/index'",
      "export * from './f'",
      "const g = await import('../g')",
      "import { z } from 'zod'",
      "// import { h } from '../h'",
      " * import { i } from '../i'",
      "const text = 'import { j } from \"../j\"'",
    ].join('\n')
    expect(importSpecifiers(source).sort()).toEqual(['../b/types', '../c', '../e/index', '../g', './a', './f', './side-effect'])
  })
})

describe('checkDependencies', () => {
  it('passes a tree whose folders import one way, and draws their graph', () => {
    const { edges, problems } = checkDependencies(
      tree({
        'index.ts': "import { app } from './app'\nimport { run } from './queue/run'",
        'app.ts': "import { routes } from './routes/index'",
        'routes/index.ts': "import { submit } from '../domain/submit'\nimport { schema } from './schemas'",
        'routes/schemas.ts': '',
        'domain/submit.ts': "import { insert } from '../db/insert'",
        'queue/run.ts': "import { insert } from '../db/insert.js'\nimport { submit } from '../domain/submit'",
        'db/insert.ts': '',
      }),
    )
    expect(problems).toEqual([])
    expect([...edges.get('queue').keys()].sort()).toEqual(['db', 'domain'])
    expect([...edges.get('index.ts').keys()].sort()).toEqual(['app.ts', 'queue'])
  })

  it('fails on a cycle between two folders and names the imports on each side', () => {
    const { problems } = checkDependencies(
      tree({
        'queue/announce.ts': "import { publish } from '../changesets/publish'",
        'changesets/submit.ts': "import { enqueue } from '../queue/enqueue'",
        'changesets/publish.ts': '',
        'queue/enqueue.ts': '',
      }),
    )
    expect(problems).toHaveLength(1)
    expect(problems[0]).toContain('import cycle between folders: changesets → queue → changesets')
    expect(problems[0]).toContain('src/changesets/submit.ts → src/queue/enqueue.ts')
    expect(problems[0]).toContain('src/queue/announce.ts → src/changesets/publish.ts')
  })

  it('fails on a longer cycle, and on one made of type-only imports', () => {
    const { problems } = checkDependencies(
      tree({
        'do/room.ts': "import { recover } from '../recovery/recover'",
        'recovery/recover.ts': "import { enqueue } from '../queue/enqueue'",
        'queue/enqueue.ts': "import type { RoomEvent } from '../do/events'",
        'do/events.ts': '',
      }),
    )
    expect(problems).toHaveLength(1)
    expect(problems[0]).toContain('do → recovery → queue → do')
  })

  it('fails on an import of routes/ from below it, but lets the entry points and routes/ itself import it', () => {
    const { problems } = checkDependencies(
      tree({
        'app.ts': "import { register } from './routes/changesets'",
        'index.ts': "import { register } from './routes/changesets'",
        'routes/changesets.ts': "import { Schema } from './schemas'",
        'routes/schemas.ts': '',
        'changesets/serialize.ts': "import type { Schema } from '../routes/schemas'",
      }),
    )
    expect(problems).toEqual(['src/changesets/serialize.ts imports src/routes/schemas.ts: only the entry points (app.ts, index.ts) may import routes/'])
  })

  it('treats a folder importing itself, and unresolvable specifiers, as no edge', () => {
    const { edges, problems } = checkDependencies(
      tree({
        'review/engine.ts': "import { rules } from './rules/index'\nimport { missing } from '../nowhere'",
        'review/rules/index.ts': "import { engine } from '../engine'",
      }),
    )
    expect(problems).toEqual([])
    expect(edges.size).toBe(0)
  })
})

describe('the command', () => {
  const dirs = []
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

  /** Runs a copy of the script next to a src/ holding `files`; returns its exit code and output. */
  function run(files) {
    const dir = mkdtempSync(path.join(tmpdir(), 'deps-check-'))
    dirs.push(dir)
    mkdirSync(path.join(dir, 'scripts'))
    writeFileSync(path.join(dir, 'scripts/deps-check.mjs'), readFileSync(script))
    for (const [file, source] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, 'src', file)), { recursive: true })
      writeFileSync(path.join(dir, 'src', file), source)
    }
    try {
      return { code: 0, output: execFileSync(process.execPath, [path.join(dir, 'scripts/deps-check.mjs')], { encoding: 'utf8', stdio: 'pipe' }) }
    } catch (err) {
      return { code: err.status, output: `${err.stdout}${err.stderr}` }
    }
  }

  it('exits 0 on a clean tree and 1 with the problem on a cycle', () => {
    const clean = run({ 'a/x.ts': "import { y } from '../b/y'", 'b/y.ts': '' })
    expect(clean).toMatchObject({ code: 0 })
    expect(clean.output).toContain('no cycles')

    const tangled = run({ 'a/x.ts': "import { y } from '../b/y'", 'b/y.ts': "import { x } from '../a/x'" })
    expect(tangled.code).toBe(1)
    expect(tangled.output).toContain('import cycle between folders: a → b → a')
  })
})
