#!/usr/bin/env node
// The `cra` command: review a branch against the Code Review Assistant from any terminal or CI job.
import { readFileSync } from 'node:fs'
import { run } from './run.mjs'

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))

// First Ctrl-C stops watching politely (the review goes on server-side); a second one exits at once.
const interrupt = new AbortController()
process.once('SIGINT', () => {
  interrupt.abort()
  process.once('SIGINT', () => process.exit(130))
})
// `cra findings | head` closes the pipe early; that is not an error worth a stack trace.
process.stdout.on('error', (err) => {
  if (/** @type {any} */ (err).code === 'EPIPE') process.exit(process.exitCode ?? 0)
})

const code = await run(process.argv.slice(2), {
  env: process.env,
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
  signal: interrupt.signal,
  version,
})
// Exit once the output is flushed, without waiting for idle keep-alive sockets to time out.
process.stdout.write('', () => process.stderr.write('', () => process.exit(code)))
