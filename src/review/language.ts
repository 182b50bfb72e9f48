/** What a path is: its language, whether it is a test, whether a tool wrote it. */
import { baseName } from './source/text'
import type { Language } from './types'

// Maps, not object literals: a file called `constructor` must not find Object.prototype.
const BY_EXTENSION = new Map<string, Language>(Object.entries({
  py: 'python', pyi: 'python', pyw: 'python',
  js: 'javascript', mjs: 'javascript', cjs: 'javascript', jsx: 'javascript',
  ts: 'typescript', mts: 'typescript', cts: 'typescript', tsx: 'typescript',
  go: 'go',
  java: 'java',
  kt: 'kotlin', kts: 'kotlin',
  rb: 'ruby', rake: 'ruby', gemspec: 'ruby', erb: 'ruby',
  php: 'php',
  cs: 'csharp',
  rs: 'rust',
  c: 'c', h: 'c',
  cc: 'cpp', cpp: 'cpp', cxx: 'cpp', hpp: 'cpp', hh: 'cpp', hxx: 'cpp',
  swift: 'swift',
  sh: 'shell', bash: 'shell', zsh: 'shell', ksh: 'shell',
  sql: 'sql',
  html: 'html', htm: 'html',
  css: 'css', scss: 'css', sass: 'css', less: 'css',
  vue: 'vue',
  svelte: 'svelte',
  yml: 'yaml', yaml: 'yaml',
  json: 'json', jsonc: 'json', json5: 'json',
  toml: 'toml',
  ini: 'ini', cfg: 'ini', properties: 'ini',
  md: 'markdown', markdown: 'markdown', mdx: 'markdown',
  dockerfile: 'dockerfile',
  mk: 'makefile',
  tf: 'terraform', tfvars: 'terraform', hcl: 'terraform',
  env: 'dotenv',
} satisfies Record<string, Language>))

const BY_NAME = new Map<string, Language>(Object.entries({
  dockerfile: 'dockerfile',
  containerfile: 'dockerfile',
  makefile: 'makefile',
  gnumakefile: 'makefile',
  gemfile: 'ruby',
  rakefile: 'ruby',
  '.envrc': 'shell',
  '.bashrc': 'shell',
  '.zshrc': 'shell',
  '.profile': 'shell',
  '.editorconfig': 'ini',
  '.gitconfig': 'ini',
  '.npmrc': 'ini',
  pipfile: 'toml',
} satisfies Record<string, Language>))

/** `./src/a.ts` and `src\\a.ts` name the same file as `src/a.ts`. */
export function normalisePath(path: string): string {
  let p = path.includes('\\') ? path.replaceAll('\\', '/') : path
  while (p.startsWith('./')) p = p.slice(2)
  return p
}

export function detectLanguage(path: string): Language {
  const p = normalisePath(path)
  const name = baseName(p)
  const lower = name.toLowerCase()
  if (/(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i.test(p)) return 'github-actions'
  if (lower === '.env' || lower.startsWith('.env.')) return 'dotenv'
  if (isRequirementsFile(p, lower)) return 'requirements'
  const named = BY_NAME.get(lower)
  if (named) return named
  // Dockerfile.prod, Dockerfile.dev: the variant is the suffix, not an extension.
  if (lower.startsWith('dockerfile.') || lower.startsWith('containerfile.')) return 'dockerfile'
  const dot = lower.lastIndexOf('.')
  if (dot <= 0) return 'text'
  return BY_EXTENSION.get(lower.slice(dot + 1)) ?? 'text'
}

/** `requirements.txt`, `requirements-dev.txt`, `requirements/base.txt`, and pip-tools `.in` files. */
function isRequirementsFile(path: string, lower: string): boolean {
  if (lower.endsWith('.txt') || lower.endsWith('.in')) {
    if (lower.startsWith('requirements') || lower.startsWith('constraints')) return true
    return /(^|\/)requirements\/[^/]+$/i.test(path)
  }
  return false
}

const TEST_DIRS = new Set(['test', 'tests', '__tests__', 'spec', 'specs', 'e2e', 'testdata', '__mocks__', '__fixtures__', 'cypress'])

const TEST_FILE = [
  /_test\.go$/,
  /^test_.*\.py$/,
  /_test\.py$/,
  /^tests?\.py$/,
  /^conftest\.py$/,
  /\.spec\.[^.]+$/,
  /\.test\.[^.]+$/,
  /_spec\.rb$/,
  /_test\.rb$/,
  /(Test|Tests|IT)\.(java|kt|cs|scala)$/,
  /_test\.(rs|exs|dart)$/,
  /Tests?\.swift$/,
  /^(jest|vitest)\.(config|setup)\.[cm]?[jt]s$/,
  /^setupTests\.[jt]sx?$/,
]

export function isTestPath(path: string): boolean {
  const p = normalisePath(path)
  const segments = p.split('/')
  const name = segments.pop() ?? ''
  for (const segment of segments) if (TEST_DIRS.has(segment.toLowerCase())) return true
  return TEST_FILE.some((re) => re.test(name))
}

const LOCK_FILES = new Set([
  'package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lockb', 'bun.lock',
  'poetry.lock', 'pipfile.lock', 'uv.lock', 'pdm.lock', 'cargo.lock', 'gemfile.lock', 'composer.lock',
  'go.sum', 'mix.lock', 'pubspec.lock', 'packages.lock.json', 'flake.lock', 'podfile.lock', 'gradle.lockfile',
])

const GENERATED_DIRS = new Map<string, string>(Object.entries({
  dist: 'build output (dist/)',
  build: 'build output (build/)',
  '.next': 'build output (.next/)',
  coverage: 'coverage report (coverage/)',
  vendor: 'vendored code (vendor/)',
  node_modules: 'vendored code (node_modules/)',
  third_party: 'vendored code (third_party/)',
  'third-party': 'vendored code (third-party/)',
  __snapshots__: 'test snapshot (__snapshots__/)',
  __pycache__: 'bytecode cache (__pycache__/)',
}))

const GENERATED_FILES: Array<[RegExp, string]> = [
  [/\.min\.(js|mjs|css)$/, 'minified file'],
  [/\.map$/, 'source map'],
  [/\.pb\.(go|cc|h)$|_pb2(_grpc)?\.pyi?$|_pb\.(js|d\.ts)$/, 'generated protobuf code'],
  [/\.generated\.[^.]+$|_generated\.go$|^zz_generated\./, 'generated file'],
  [/\.g\.dart$|\.designer\.cs$/, 'generated file'],
  [/\.snap$/, 'test snapshot'],
]

/**
 * The header tools write into what they generate: Go's `Code generated … DO NOT EDIT.`, the
 * `@generated` tag (Facebook, protoc plugins), "Generated by <tool>" (wrangler types, OpenAPI and
 * GraphQL code generators), "auto-generated"/"automatically generated". Read only in a comment on
 * the file's first lines, where generators put it, so code that merely mentions generation is not
 * skipped.
 */
const GENERATED_HEADER =
  /^\s*(?:\/\/|\/\*+|\*|#|--|<!--)\s*(?:.*\bDO NOT EDIT\b|@generated\b|(?:this (?:file|code) (?:is|was|has been) )?(?:auto(?:matically)?[- ]?generated|generated (?:automatically )?by\b))/i
const HEADER_LINES = 5

/** Why a file is machine-written, judged from its first lines (new side), if it says so. */
export function generatedHeader(firstLines: readonly string[]): string | undefined {
  const line = firstLines.slice(0, HEADER_LINES).find((l) => GENERATED_HEADER.test(l))
  return line === undefined ? undefined : 'generated file (its header says so)'
}

/** Why a path is machine-written (lock file, build output, vendored, minified...), if it is. */
export function isGeneratedPath(path: string): string | undefined {
  const p = normalisePath(path)
  const segments = p.split('/')
  const name = segments.pop() ?? ''
  if (LOCK_FILES.has(name.toLowerCase())) return `lock file (${name})`
  for (const segment of segments) {
    const reason = GENERATED_DIRS.get(segment)
    if (reason) return reason
  }
  for (const [re, reason] of GENERATED_FILES) if (re.test(name)) return reason
  return undefined
}
