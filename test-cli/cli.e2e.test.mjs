// The `cra` binary end to end: spawned as users run it, in throwaway git repositories, against
// one real `wrangler dev` (local D1, queue, Durable Object) shared by every case in this file.
import { Validator } from '@cfworker/json-schema'
import { spawn } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startDevServer, ROOT } from './support/dev-server.mjs'
import { commit, git, GIT_ENV, makeClone, removeRepos, write } from './support/git-repo.mjs'

const CLI = path.join(ROOT, 'src/cli/cra.mjs')
const MAX_FILES = 25
const sarifSchema = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/schemas/sarif-2.1.0.json'), 'utf8'))
const rdjsonSchema = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/schemas/rdjson-DiagnosticResult.json'), 'utf8'))
// Built at run time so the source holds no credential-shaped literal for scanners to trip on.
const AWS_KEY_ID = ['AKIA', 'Q3RZ7KX2', 'M5WT4VBN'].join('')

/** @type {Awaited<ReturnType<typeof startDevServer>>} */
let server

// Every case works in its own repository on its own changesets, so they run side by side.

beforeAll(async () => {
  server = await startDevServer({ vars: { MAX_FILES: String(MAX_FILES) } })
})

afterAll(async () => {
  removeRepos()
  await server?.stop()
})

/**
 * Runs `cra` with a clean environment (no developer CRA_* variables, no colour, no TTY).
 * @returns {Promise<{ code: number | null, stdout: string, stderr: string }>}
 */
function cra(args, { cwd, env = {} }) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...GIT_ENV, CRA_URL: server.url, CRA_API_KEY: server.key, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

/** A clone on branch `feature/s3` whose last commit adds an AWS access key id on line 3. */
function branchWithAwsKey() {
  const { clone } = makeClone({ 'app.py': 'print("hello")\n' })
  git(clone, 'switch', '-q', '-c', 'feature/s3')
  commit(clone, { 'src/storage.py': `import boto3\n\nAWS_ACCESS_KEY_ID = "${AWS_KEY_ID}"\n` }, 'Add the S3 uploader')
  return clone
}

const schemaErrors = (schema, draft, document) => new Validator(schema, draft, false).validate(document).errors.map((e) => `${e.instanceLocation}: ${e.error}`)
const ids = (stdout) => [...stdout.matchAll(/^ {4}id: (\S+)$/gm)].map((m) => m[1])

describe.concurrent('cra review', () => {
  it('follows the review, prints the finding at path:line, exits 1; --fail-on none exits 0; titles it from git', async () => {
    const repo = branchWithAwsKey()
    const failing = await cra(['review'], { cwd: repo })
    expect(failing.stderr).toMatch(/^Submitted 1 file \(\+3 −0\) compared with origin\/main as changeset [0-9a-f-]{36}$/m)
    expect(failing.stderr).toMatch(/^Reviewing changeset [0-9a-f]{8}: reviewed, 1 file in \d+\.\d s$/m)
    expect(failing.stdout).toMatch(/^src\/storage\.py:3 {2}critical {2}secrets\/aws-access-key {2}AWS access key id/m)
    expect(failing.stdout).toMatch(/^ {4}suggestion: /m)
    expect(failing.stdout).toContain('✖ 1 open finding (1 critical) in 1 file.\nVerdict: changes requested\nFailing: 1 open finding at major or above (--fail-on major).\n')
    expect(failing.stdout + failing.stderr).not.toMatch(/\x1b/) // no TTY: no colours, no redraws
    expect(failing.code).toBe(1)

    // The report on stdout moves the human view to stderr, so pipes stay clean.
    const passing = await cra(['review', '--fail-on', 'none', '--format', 'sarif'], { cwd: repo })
    expect(passing.code).toBe(0)
    expect(schemaErrors(sarifSchema, '2020-12', JSON.parse(passing.stdout))).toEqual([])
    expect(passing.stderr).toMatch(/^src\/storage\.py:3 {2}critical/m)

    // Titled from the branch and the last commit, credited to git user.name.
    const status = await cra(['status', '--format', 'json'], { cwd: repo })
    expect(JSON.parse(status.stdout)).toMatchObject({ title: 'feature/s3: Add the S3 uploader', author: 'Ada Lovelace', status: 'reviewed' })
  })

  it('writes SARIF 2.1.0 that passes the schema to --output, and rdjson that passes its schema', async () => {
    const repo = branchWithAwsKey()
    const toFile = await cra(['review', '--output', 'review.sarif'], { cwd: repo })
    expect(toFile.code).toBe(1)
    expect(toFile.stderr).toContain('Wrote the sarif report to review.sarif')
    expect(toFile.stdout).toMatch(/^src\/storage\.py:3/m) // the human view stays on stdout
    const log = JSON.parse(readFileSync(path.join(repo, 'review.sarif'), 'utf8'))
    expect(schemaErrors(sarifSchema, '2020-12', log)).toEqual([])
    expect(log.runs[0].results).toEqual([
      expect.objectContaining({
        ruleId: 'secrets/aws-access-key',
        locations: [expect.objectContaining({ physicalLocation: expect.objectContaining({ artifactLocation: expect.objectContaining({ uri: 'src/storage.py' }), region: expect.objectContaining({ startLine: 3 }) }) })],
      }),
    ])

    const rdjson = await cra(['report', '--format', 'rdjson'], { cwd: repo })
    expect(rdjson.code).toBe(0)
    expect(schemaErrors(rdjsonSchema, '4', JSON.parse(rdjson.stdout))).toEqual([])
  })

  it('sends .code-review.yml options and uses its fail_on', async () => {
    const repo = branchWithAwsKey()
    write(repo, { '.code-review.yml': 'profile: prototype\ndisable: [secrets/aws-access-key]\nfail_on: critical\n' })
    const run = await cra(['review'], { cwd: repo })
    expect(run.stdout).not.toContain('secrets/aws-access-key')
    expect(run.code).toBe(0)
    const status = JSON.parse((await cra(['status', '--format', 'json'], { cwd: repo })).stdout)
    expect(status.options).toMatchObject({ profile: 'prototype', disable: ['secrets/aws-access-key'] })
  })

  it('says exactly what is wrong with .code-review.yml, or with options the service refuses, and exits 2', async () => {
    const repo = branchWithAwsKey()
    write(repo, { '.code-review.yml': 'profile: strict\nmin_severity: high\n' })
    const bad = await cra(['review'], { cwd: repo })
    expect(bad.stderr).toBe('cra: .code-review.yml line 2: `min_severity` must be one of critical, major, minor, info (got "high").\n')
    expect(bad.code).toBe(2)

    write(repo, { '.code-review.yml': 'disable: [python/no-such-rule]\n' })
    const refused = await cra(['review'], { cwd: repo })
    expect(refused.stderr).toMatch(/^cra: The service refused the request: option `disable`: unknown rule or pack `python\/no-such-rule`.*\.\n$/)
    expect(refused.code).toBe(2)
  })

  it('names the service limit a large diff exceeds (read from /health) and exits 2', async () => {
    const { clone } = makeClone()
    git(clone, 'switch', '-q', '-c', 'many-files')
    commit(clone, Object.fromEntries(Array.from({ length: MAX_FILES + 1 }, (_, i) => [`gen/f${i}.txt`, `${i}\n`])), 'Generate files')
    const run = await cra(['review'], { cwd: clone })
    expect(run.stderr).toBe(
      `cra: The diff touches ${MAX_FILES + 1} files, over the service's limit of ${MAX_FILES} (MAX_FILES); narrow the review with -- <paths>.\n`,
    )
    expect(run.code).toBe(2)
    expect((await cra(['review', '--fail-on', 'none', '--', 'gen/f1.txt'], { cwd: clone })).code).toBe(0)
  })

  it('exits 3 when the review does not finish within --timeout', async () => {
    const repo = branchWithAwsKey()
    // Reviews of one file finish in milliseconds here; one millisecond is less than any round trip.
    const run = await cra(['review', '--timeout', '0.001'], { cwd: repo })
    expect(run.stderr).toMatch(/^cra: The review did not finish within 0\.001 s; it continues on the service \(see `cra status [0-9a-f-]{36}`\)\.$/m)
    expect(run.code).toBe(3)
  })

  it('has nothing to review on a branch without changes, and exits 0', async () => {
    const { clone } = makeClone()
    git(clone, 'switch', '-q', '-c', 'empty')
    const run = await cra(['review'], { cwd: clone })
    expect(run).toMatchObject({ code: 0, stdout: '', stderr: 'Nothing to review: no changes compared with origin/main.\n' })
  })
})

describe.concurrent('cra findings, dismiss, reopen, status', () => {
  it('triages by <changeset>/<finding>, by id with --changeset, and by id alone on the reviewed branch', async () => {
    const repo = branchWithAwsKey()
    await cra(['review', '--fail-on', 'none'], { cwd: repo })
    const changesetId = JSON.parse((await cra(['status', '--format', 'json'], { cwd: repo })).stdout).id

    const listed = await cra(['findings'], { cwd: repo })
    expect(listed.code).toBe(1)
    const [findingId] = ids(listed.stdout)
    expect(findingId).toMatch(/^[0-9a-f-]{36}$/)

    const dismissed = await cra(['dismiss', `${changesetId}/${findingId}`, '--reason', 'rotated already; test fixture'], { cwd: repo })
    expect(dismissed).toMatchObject({ code: 0, stdout: 'Dismissed secrets/aws-access-key at src/storage.py:3 (rotated already; test fixture).\nVerdict is now: approved.\n' })
    expect(await cra(['status', changesetId], { cwd: repo })).toMatchObject({ code: 0 })
    const dismissedList = await cra(['findings', '--status', 'dismissed'], { cwd: repo })
    expect(dismissedList.stdout).toContain('(dismissed: rotated already; test fixture)')
    expect(dismissedList.code).toBe(0)

    const reopened = await cra(['reopen', findingId, '--changeset', changesetId], { cwd: repo })
    expect(reopened.stdout).toBe('Reopened secrets/aws-access-key at src/storage.py:3.\nVerdict is now: changes requested.\n')
    const status = await cra(['status'], { cwd: repo })
    expect(status.stdout).toMatch(/^Verdict: {3}changes requested$/m)
    expect(status.code).toBe(1)

    expect((await cra(['dismiss', findingId, '--reason', 'remembered changeset'], { cwd: repo })).code).toBe(0)
  })

  it('exits 2 for an unknown changeset or finding, and when no changeset is known', async () => {
    const repo = branchWithAwsKey()
    const unknown = await cra(['status', 'no-such-changeset'], { cwd: repo })
    expect(unknown).toMatchObject({ code: 2, stderr: 'cra: Changeset no-such-changeset not found.\n' })
    const none = await cra(['findings'], { cwd: repo })
    expect(none).toMatchObject({ code: 2, stderr: 'cra: Give a changeset id: no changeset was reviewed from this branch yet.\n' })
  })
})

describe.concurrent('cra revise', () => {
  it('submits the current diff as the next revision and shows what is new, resolved and still open', async () => {
    const repo = branchWithAwsKey()
    write(repo, { '.code-review.yml': 'disable: [changeset]\n' })
    await cra(['review', '--fail-on', 'none'], { cwd: repo })
    write(repo, { 'src/storage.py': 'import os\nimport boto3\n\nAWS_ACCESS_KEY_ID = os.environ["AWS_ACCESS_KEY_ID"]\n\ndef run(code):\n    return eval(code)\n' })
    git(repo, 'commit', '-q', '-am', 'Read the key from the environment') // .code-review.yml stays untracked

    const run = await cra(['revise'], { cwd: repo })
    expect(run.stderr).toMatch(/^Submitted 1 file \(\+7 −0\) compared with origin\/main as revision 2 of [0-9a-f-]{36}$/m)
    expect(run.stdout).toContain('Revision 2: 1 new, 1 resolved, 0 still open.')
    expect(run.stdout).toMatch(/New \(1\)\nsrc\/storage\.py:7 {2}major {5}python\/code-eval/)
    expect(run.stdout).toMatch(/Resolved \(1\)\nsrc\/storage\.py:3 {2}critical {2}secrets\/aws-access-key/)
    expect(run.stdout).toContain('✖ 1 open finding (1 major) in 1 file; 1 resolved.')
    expect(run.code).toBe(1)
  })
})

describe.concurrent('connection failures exit 4 with one sentence', () => {
  it('when nothing listens at the URL', async () => {
    const port = await new Promise((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const { port: p } = /** @type {import('node:net').AddressInfo} */ (s.address())
        s.close(() => resolve(p))
      })
    })
    const repo = branchWithAwsKey()
    const run = await cra(['review'], { cwd: repo, env: { CRA_URL: `http://127.0.0.1:${port}` } })
    expect(run).toMatchObject({ code: 4, stdout: '' })
    expect(run.stderr).toBe(`cra: Could not reach the service at http://127.0.0.1:${port} (ECONNREFUSED); is \`npm run dev\` running?\n`)
  })

  it('when the service refuses the key, or the key may not write', async () => {
    const repo = branchWithAwsKey()
    const wrong = await cra(['review'], { cwd: repo, env: { CRA_API_KEY: 'cra_dev_not_a_real_key_0000000000000000000' } })
    expect(wrong.stderr).toMatch(/^cra: The service at http:\/\/127\.0\.0\.1:\d+ refused the API key: .+\.\n$/)
    expect(wrong.code).toBe(4)
    const readOnly = await cra(['review'], { cwd: repo, env: { CRA_API_KEY: server.readKey } })
    expect(readOnly.stderr).toMatch(/^cra: The API key may not do this \(submitting the changeset\): .+\.\n$/)
    expect(readOnly.code).toBe(4)
  })

  it('uses DEV_API_KEY from ./.dev.vars when no key is given, as after `npm run dev`', async () => {
    const repo = branchWithAwsKey()
    writeFileSync(path.join(repo, '.dev.vars'), `DEV_API_KEY="${server.key}"\n`)
    // Accepted key: the service answers the question (404) instead of refusing the key (exit 4).
    const run = await cra(['status', 'no-such-changeset'], { cwd: repo, env: { CRA_API_KEY: '' } })
    expect(run).toMatchObject({ code: 2, stderr: 'cra: Changeset no-such-changeset not found.\n' })
  })
})

// The workerd unit tests load the syntax engine through vitest's module runner; this proves the
// bundle `wrangler dev` and `wrangler deploy` build loads it too, instead of falling back.
describe('the bundled Worker', () => {
  it('reviews Python with the syntax engine: a value that travels reaches its sink, with no fallback warning', async () => {
    const headers = { authorization: `Bearer ${server.key}`, 'content-type': 'application/json' }
    const diff = '@@ -0,0 +1,6 @@\n+import os\n+from flask import request\n+\n+def listing():\n+    name = request.args.get("dir")\n+    return os.popen("ls " + name).read()\n'
    const submitted = await fetch(`${server.url}/api/changesets`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ title: 'Listing', author: 'ada', files: [{ file_path: 'app/listing.py', diff_content: diff }] }),
    })
    expect(submitted.status).toBe(202)
    const { changeset_id: id } = await submitted.json()
    let changeset
    for (let i = 0; i < 100; i++) {
      changeset = await (await fetch(`${server.url}/api/changesets/${id}`, { headers })).json()
      if (changeset.status === 'reviewed' || changeset.status === 'failed') break
      await new Promise((r) => setTimeout(r, 200))
    }
    expect(changeset).toMatchObject({ status: 'reviewed', warnings: [] })
    const findings = (await (await fetch(`${server.url}/api/changesets/${id}/findings`, { headers })).json()).data
    expect(findings.map((f) => [f.line, f.rule_id])).toContainEqual([6, 'python/shell-injection'])
  })
})
