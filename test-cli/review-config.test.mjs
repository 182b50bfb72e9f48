import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { CliError, EXIT } from '../src/cli/errors.mjs'
import { loadRepoConfig, mergeOptions, parseRepoConfig } from '../src/cli/review-config.mjs'
import { parseFlatYaml } from '../src/cli/yaml-subset.mjs'
import { removeRepos, scratchDir } from './support/git-repo.mjs'

afterAll(removeRepos)

const FULL = `# Review settings for this repository
profile: strict
min_severity: minor   # drop info
enable: [python/sql-injection, "js/loose-equality"]
disable:
  - hygiene
  - 'changeset/no-tests'
ignore_paths:
- docs/**
- "**/*.snap"
fail_on: critical
max_findings: 200
`

describe('parseRepoConfig: valid files', () => {
  it('reads every key, in flow and block lists, with comments and quotes', () => {
    expect(parseRepoConfig(FULL)).toEqual({
      options: {
        profile: 'strict',
        min_severity: 'minor',
        enable: ['python/sql-injection', 'js/loose-equality'],
        disable: ['hygiene', 'changeset/no-tests'],
        ignore_paths: ['docs/**', '**/*.snap'],
        max_findings: 200,
      },
      failOn: 'critical',
    })
  })

  it.each([
    ['', { options: {} }],
    ['# nothing yet\n\n', { options: {} }],
    ['---\nprofile: default\n', { options: { profile: 'default' } }],
    ['disable: []\n', { options: { disable: [] } }],
    ['disable: [a, b,]\n', { options: { disable: ['a', 'b'] } }],
    ['min_severity:\nprofile: prototype\n', { options: { profile: 'prototype' } }],
    ['fail_on: none\r\nprofile: strict\r\n', { options: { profile: 'strict' }, failOn: 'none' }],
    ["ignore_paths: ['it''s/**']\n", { options: { ignore_paths: ["it's/**"] } }],
    ['ignore_paths: ["a#b/**"] # comment\n', { options: { ignore_paths: ['a#b/**'] } }],
  ])('%j', (text, expected) => {
    expect(parseRepoConfig(text)).toEqual(expected)
  })
})

describe('parseRepoConfig: invalid files say what and where (exit 2)', () => {
  it.each([
    ['profile: lenient\n', '.code-review.yml line 1: `profile` must be one of strict, default, prototype (got "lenient")'],
    ['\nmin_severity: high\n', '.code-review.yml line 2: `min_severity` must be one of critical, major, minor, info (got "high")'],
    ['fail_on: blocker\n', '.code-review.yml line 1: `fail_on` must be one of critical, major, minor, info, none (got "blocker")'],
    ['max_findings: 0\n', '.code-review.yml line 1: `max_findings` must be a whole number from 1 to 1000 (got 0)'],
    ['max_findings: lots\n', '.code-review.yml line 1: `max_findings` must be a whole number from 1 to 1000 (got "lots")'],
    ['disable: hygiene\n', '.code-review.yml line 1: `disable` must be a list, e.g. [hygiene] or one `- item` per line (got "hygiene")'],
    ['enable: [a, 3]\n', '.code-review.yml line 1: `enable` item 2 must be a non-empty string (got 3)'],
    ['min-severity: major\n', '.code-review.yml line 1: unknown key `min-severity`; did you mean `min_severity`?'],
    ['severity: major\n', '.code-review.yml line 1: unknown key `severity`; the keys are profile, min_severity, fail_on, enable, disable, ignore_paths, max_findings'],
    ['profile: strict\nprofile: default\n', '.code-review.yml line 2: `profile` is set twice'],
    ['profile: "strict\n', '.code-review.yml line 1: unterminated double-quoted string'],
    ['disable:\n\t- hygiene\n', '.code-review.yml line 2: tabs are not allowed for indentation in YAML'],
    ['  profile: strict\n', '.code-review.yml line 1: unexpected indentation; every key must start at column 1'],
    ['- hygiene\n', '.code-review.yml line 1: a list item must follow a `key:` line'],
    ['disable: [a, [b]]\n', '.code-review.yml line 1: nested lists and maps are not supported here'],
    ['disable: [a, b\n', '.code-review.yml line 1: a `[` list must close with `]` on the same line'],
    ['profile: &p strict\n', '.code-review.yml line 1: `&` (anchors, tags, block or flow maps) is not supported in .code-review.yml'],
    ['rules:\n  python: off\n', '.code-review.yml line 2: indent the items of `rules` as `- value`'],
    ['profile strict\n', '.code-review.yml line 1: expected `key: value`'],
    ['profile: strict\n---\nprofile: default\n', '.code-review.yml line 2: only one YAML document is allowed'],
  ])('%j', (text, message) => {
    let error
    try {
      parseRepoConfig(text)
    } catch (err) {
      error = err
    }
    expect(error).toBeInstanceOf(CliError)
    expect(error.exitCode).toBe(EXIT.USAGE)
    expect(error.message).toBe(message)
  })
})

describe('parseFlatYaml', () => {
  it('keeps the line each key starts on', () => {
    const entries = parseFlatYaml('# c\nprofile: strict\n\ndisable:\n  - a\n')
    expect(entries.get('profile')).toEqual({ value: 'strict', line: 2 })
    expect(entries.get('disable')).toEqual({ value: ['a'], line: 4 })
  })
})

describe('loadRepoConfig', () => {
  it('reads .code-review.yml at the root, is empty without one, and insists on an explicit --config', () => {
    const root = scratchDir()
    expect(loadRepoConfig(root)).toEqual({ options: {}, file: null })
    writeFileSync(path.join(root, '.code-review.yml'), 'profile: prototype\n')
    expect(loadRepoConfig(root)).toMatchObject({ options: { profile: 'prototype' } })
    expect(() => loadRepoConfig(root, path.join(root, 'missing.yml'))).toThrow(/missing.yml does not exist/)
  })
})

describe('mergeOptions', () => {
  it('lets flags replace single values and add to lists', () => {
    expect(
      mergeOptions(
        { profile: 'strict', disable: ['hygiene'], max_findings: 10 },
        { profile: 'prototype', disable: ['python', 'hygiene'], enable: ['js/loose-equality'], max_findings: undefined },
      ),
    ).toEqual({ profile: 'prototype', disable: ['hygiene', 'python'], enable: ['js/loose-equality'], max_findings: 10 })
  })
})
