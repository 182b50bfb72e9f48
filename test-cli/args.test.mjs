import { afterAll, describe, expect, it } from 'vitest'
import { formatFromFileName, parseCommandLine } from '../src/cli/args.mjs'
import { resolveConnection } from '../src/cli/connection.mjs'
import { CliError, EXIT } from '../src/cli/errors.mjs'
import { parseFindingRef } from '../src/cli/commands/triage.mjs'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { removeRepos, scratchDir } from './support/git-repo.mjs'

afterAll(removeRepos)

/** The usage error a command line produces, or null if it parses. */
function usageErrorOf(argv) {
  try {
    parseCommandLine(argv)
    return null
  } catch (err) {
    if (!(err instanceof CliError)) throw err
    expect(err.exitCode).toBe(EXIT.USAGE)
    return err.message
  }
}

describe('parseCommandLine: valid', () => {
  it.each([
    [['review'], { command: 'review', positionals: [], paths: [] }],
    [['review', '--base', 'main', '--staged'], { values: { base: 'main', staged: true } }],
    [['review', '--', 'src', 'docs/a.md'], { paths: ['src', 'docs/a.md'], positionals: [] }],
    [['review', '--fail-on', 'none', '--timeout', '2.5'], { values: { 'fail-on': 'none', timeout: 2.5 } }],
    [['review', '--disable', 'hygiene,js/loose-equality', '--disable', 'python'], { values: { disable: ['hygiene', 'js/loose-equality', 'python'] } }],
    [['review', '--max-findings', '20', '--profile', 'prototype', '--min-severity', 'minor'], { values: { 'max-findings': 20, profile: 'prototype', 'min-severity': 'minor' } }],
    [['review', '-o', 'out/review.sarif'], { values: { output: 'out/review.sarif', format: 'sarif' } }],
    [['review', '--format', 'json', '--output', 'x.txt'], { values: { format: 'json', output: 'x.txt' } }],
    [['revise', 'abc', '--base', 'origin/main', '--', 'src'], { command: 'revise', positionals: ['abc'], paths: ['src'] }],
    [['revise'], { command: 'revise', positionals: [] }],
    [['status', 'abc', '--wait', '--timeout', '10'], { positionals: ['abc'], values: { wait: true, timeout: 10 } }],
    [['findings', '--status', 'all'], { values: { status: 'all' } }],
    [['report', 'abc'], { values: { format: 'markdown' } }],
    [['report', 'abc', '--format', 'rdjson'], { values: { format: 'rdjson' } }],
    [['dismiss', 'cs/f', '--reason', 'test fixture'], { positionals: ['cs/f'], values: { reason: 'test fixture' } }],
    [['reopen', 'f', '--changeset', 'cs'], { values: { changeset: 'cs' } }],
    [['status', '--url', 'http://x:1', '--key', 'k'], { values: { url: 'http://x:1', key: 'k' } }],
  ])('%j', (argv, expected) => {
    expect(parseCommandLine(argv)).toMatchObject(expected)
  })

  it('answers --help at the top and per command, and --version', () => {
    expect(parseCommandLine([])).toHaveProperty('help', expect.stringContaining('Usage: cra <command>'))
    expect(parseCommandLine(['review', '--help'])).toHaveProperty('help', expect.stringContaining('Usage: cra review'))
    expect(parseCommandLine(['help', 'dismiss'])).toHaveProperty('help', expect.stringContaining('Usage: cra dismiss'))
    expect(parseCommandLine(['--version'])).toEqual({ version: true })
  })
})

describe('parseCommandLine: usage errors (exit 2)', () => {
  it.each([
    [['frobnicate'], /Unknown command `frobnicate`/],
    [['review', '--nope'], /Unknown option --nope \(see cra review --help\)/],
    [['review', '--base'], /--base needs a value/],
    [['review', 'extra'], /Unexpected argument `extra`/],
    [['status', '--', 'src'], /takes no paths/],
    [['status', 'a', 'b'], /Unexpected argument `b`/],
    [['review', '--fail-on', 'high'], /--fail-on must be one of critical, major, minor, info, none \(got high\)/],
    [['review', '--format', 'html'], /--format must be one of markdown, sarif, rdjson, json/],
    [['status', '--format', 'sarif'], /--format must be one of json/],
    [['review', '--timeout', '0'], /--timeout must be a positive number/],
    [['review', '--timeout', 'soon'], /--timeout must be a positive number/],
    [['review', '--max-findings', '1001'], /--max-findings must be a whole number from 1 to 1000/],
    [['review', '--profile', 'lenient'], /--profile must be one of strict, default, prototype/],
    [['review', '--output', 'review.txt'], /Cannot tell the format of review.txt/],
    [['dismiss', 'f'], /needs --reason/],
    [['dismiss', 'f', '--reason', '  '], /needs --reason/],
    [['dismiss'], /Missing argument/],
    [['findings', '--status', 'closed'], /--status must be one of open, dismissed, resolved, all/],
  ])('%j', (argv, message) => {
    expect(usageErrorOf(argv)).toMatch(message)
  })
})

describe('formatFromFileName', () => {
  it.each([
    ['review.sarif', 'sarif'],
    ['out/REPORT.MD', 'markdown'],
    ['a.rdjson', 'rdjson'],
    ['a.json', 'json'],
    ['a.txt', null],
    ['noext', null],
  ])('%s → %s', (file, format) => expect(formatFromFileName(file)).toBe(format))
})

describe('parseFindingRef', () => {
  const fallback = (given) => given ?? 'remembered'
  it.each([
    ['cs-1/f-1', undefined, { changesetId: 'cs-1', findingId: 'f-1' }],
    ['f-1', 'cs-2', { changesetId: 'cs-2', findingId: 'f-1' }],
    ['f-1', undefined, { changesetId: 'remembered', findingId: 'f-1' }],
    ['cs-1/f-1', 'cs-1', { changesetId: 'cs-1', findingId: 'f-1' }],
  ])('%s with --changeset %s', (ref, flag, expected) => {
    expect(parseFindingRef(ref, flag, fallback)).toEqual(expected)
  })

  it('refuses a ref and a --changeset that disagree, and a ref without a finding', () => {
    expect(() => parseFindingRef('cs-1/f-1', 'cs-2', fallback)).toThrow(/name different changesets/)
    expect(() => parseFindingRef('cs-1/', undefined, fallback)).toThrow(/names no finding/)
  })
})

describe('resolveConnection', () => {
  const dir = scratchDir()
  writeFileSync(path.join(dir, '.dev.vars'), '# dev\nDEV_API_KEY="cra_dev_fromdevvars"\nTICKET_SECRET="x"\n')
  const empty = scratchDir()

  it.each([
    ['flags win', { url: 'https://review.example.com/', key: 'k1' }, { CRA_URL: 'http://other', CRA_API_KEY: 'k2' }, dir, { url: 'https://review.example.com', key: 'k1' }],
    ['environment', {}, { CRA_URL: 'http://127.0.0.1:9999', CRA_API_KEY: 'k2' }, dir, { url: 'http://127.0.0.1:9999', key: 'k2', keySource: 'CRA_API_KEY' }],
    ['CRA_KEY, as npm run dev prints it', {}, { CRA_KEY: 'k3' }, dir, { key: 'k3', keySource: 'CRA_KEY' }],
    ['.dev.vars against the default local URL', {}, {}, dir, { url: 'http://localhost:8787', key: 'cra_dev_fromdevvars', keySource: '.dev.vars' }],
  ])('%s', (_name, flags, env, cwd, expected) => {
    expect(resolveConnection(flags, env, cwd)).toMatchObject(expected)
  })

  it('never sends the development key to a remote URL', () => {
    expect(() => resolveConnection({ url: 'https://review.example.com' }, {}, dir)).toThrow(/No API key: pass --key or set CRA_API_KEY$/)
  })

  it('says where a key can come from when there is none', () => {
    expect(() => resolveConnection({}, {}, empty)).toThrow(/No API key.*npm run dev/)
  })

  it.each([
    [{ url: 'not a url', key: 'k' }, /--url is not a URL/],
    [{ url: 'ftp://x', key: 'k' }, /must be an http or https URL/],
    [{ key: ' ' }, /--key is empty/],
  ])('refuses %j', (flags, message) => {
    expect(() => resolveConnection(flags, {}, empty)).toThrow(message)
  })
})
