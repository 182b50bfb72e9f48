/**
 * Modified settings files whose hunk starts inside a dict, list or object literal: the heading git
 * names in the hunk header (`INSTALLED_APPS = [`, `const nextConfig = {`) is written back above the
 * hunk, so the entries parse as entries and the statements after the literal are read.
 */
import { describe, it } from 'vitest'
import { createFileUnderReview } from '../../../src/review/context'
import { parseUnifiedDiff } from '../../../src/review/diff'
import { detectLanguage } from '../../../src/review/language'
import { newSideSource } from '../../../src/review/syntax/source'
import { testRule } from '../rule-tester'
import { registered } from '../rules/flow/find-rule'

interface Hunk {
  start: number
  section: string
  lines: string[]
}

/** A modified file's diff; lines start with ' ' (context) or '+' (added), as `git diff -U3` prints them. */
function diffOf(path: string, hunks: Hunk[]): string {
  const out = [`diff --git a/${path} b/${path}`, `--- a/${path}`, `+++ b/${path}`]
  let shift = 0
  for (const h of hunks) {
    const old = h.lines.filter((l) => l.startsWith(' ')).length
    out.push(`@@ -${h.start - shift},${old} +${h.start},${h.lines.length} @@ ${h.section}`, ...h.lines)
    shift += h.lines.length - old
  }
  return [...out, ''].join('\n')
}

function rebuilt(path: string, hunks: Hunk[]): string[] {
  const [parsed] = parseUnifiedDiff(diffOf(path, hunks))
  return newSideSource(createFileUnderReview(parsed!, detectLanguage(path), false)).text.split('\n')
}

const APPS: Hunk = {
  start: 15,
  section: 'INSTALLED_APPS = [',
  lines: ['     "django.contrib.staticfiles",', '     "rest_framework",', '+    "corsheaders",', '     "billing",', ' ]', '+PAYMENTS_API_URL = "http://api.paystream.io/v2"', ' ', ' MIDDLEWARE = ['],
}

const NEXT_CONFIG: Hunk = {
  start: 5,
  section: 'const nextConfig = {',
  lines: ['   images: {', "     remotePatterns: [{ protocol: 'https', hostname: 'cdn.shipyard.dev' }],", '   },', '+  env: {', "+    NEXT_PUBLIC_TRACKING_API: 'http://track.parcelroute.com/v1',", '+  },', '   poweredByHeader: false,', ' };'],
}

describe('newSideSource: a hunk that starts inside a literal', () => {
  it('writes the heading on the blank row above the hunk, moving no row', ({ expect }) => {
    const rows = rebuilt('project/settings.py', [APPS])
    expect(rows[13]).toBe('INSTALLED_APPS = [')
    expect(rows[14]).toBe('    "django.contrib.staticfiles",')
    expect(rows[19]).toBe('PAYMENTS_API_URL = "http://api.paystream.io/v2"')
  })

  it('reopens a JS object literal the same way', ({ expect }) => {
    expect(rebuilt('next.config.js', [NEXT_CONFIG])[3]).toBe('const nextConfig = {')
  })

  it('leaves a hunk alone that starts at the top level, under a function heading, or inside a literal an earlier hunk left open', ({ expect }) => {
    const top = { start: 20, section: 'MIDDLEWARE = [', lines: [' ', '+DEBUG = False', ' TIME_ZONE = "UTC"'] }
    expect(rebuilt('project/settings.py', [top])[18]).toBe('')
    const inDef = { start: 20, section: 'def handler(request):', lines: ['     x = 1', '+    y = 2', '     return x'] }
    expect(rebuilt('app/views.py', [inDef])[18]).toBe('')
    const opened = { start: 3, section: 'import os', lines: [' ', ' CACHES = {', '+    "default": {}, ', '     "sessions": {},'] }
    const inside = { start: 20, section: 'CACHES = {', lines: ['     "other": {},', '+    "more": {},', ' }'] }
    expect(rebuilt('project/settings.py', [opened, inside])[18]).toBe('')
  })
})

testRule(registered('python/cleartext-http'), {
  valid: [{ code: '', diff: diffOf('project/settings.py', [{ ...APPS, lines: APPS.lines.map((l) => l.replace('http://api.paystream.io', 'https://api.paystream.io')) }]) }],
  invalid: [{ code: '', diff: diffOf('project/settings.py', [APPS]), findings: [{ line: 20 }] }],
})

testRule(registered('js/cleartext-http'), {
  valid: [{ code: '', diff: diffOf('next.config.js', [{ ...NEXT_CONFIG, lines: NEXT_CONFIG.lines.map((l) => l.replace('http://track', 'https://track')) }]) }],
  invalid: [{ code: '', diff: diffOf('next.config.js', [NEXT_CONFIG]), findings: [{ line: 9 }] }],
})
