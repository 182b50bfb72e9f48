// Flags npm (`npm_…`, `.npmrc` `_authToken=`) and PyPI (`pypi-AgE…`) publish tokens.
// Known false positives: none; `${NPM_TOKEN}` references and low-entropy look-alikes are skipped.
import type { LineRule, RuleHit } from '../../types'
import { maskSecret, rotateAndLoad, shannonEntropy } from './util'

const PREFILTER = /npm_|_auth|pypi-/
const NPM_TOKEN = /(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9])/g
/** `.npmrc` lines: `_authToken=…` or `//registry.example.com/:_authToken=…`. */
const NPMRC_AUTH = /^\s*(?:\/\/\S*:)?_auth(?:Token)?\s*=\s*["']?([A-Za-z0-9+/=._-]{20,})/g
const PYPI_TOKEN = /(?<![A-Za-z0-9_])pypi-AgE[A-Za-z0-9_-]{50,}/g

export const packageRegistryToken: LineRule = {
  kind: 'line',
  meta: {
    id: 'secrets/package-registry-token',
    title: 'npm or PyPI token committed',
    severity: 'critical',
    category: 'security',
    pack: 'secrets',
    tier: 'core',
    languages: '*',
    description:
      'A registry publish token lets anyone push a new version of your packages: a supply-chain attack on every downstream user.',
    examples: {
      bad: '//registry.npmjs.org/:_authToken=np' + 'm_Fq7Lk2Zr9Wx4Tb8Nc1Vm6Hs3Jd5Pe0Ya2Ug7\n',
      good: '//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n',
    },
  },
  trigger: ['npm_', '_auth', 'pypi-'],
  check(ctx) {
    const text = ctx.line.text
    if (!PREFILTER.test(text)) return undefined
    const hits: RuleHit[] = []
    const push = (token: string, keep: number, what: string, variable: string) =>
      hits.push({
        line: ctx.line.newLine,
        message: `${what} \`${maskSecret(token, keep)}\` is committed; it can publish new versions of your packages.`,
        suggestion: rotateAndLoad(ctx.file, `${what.split(' ')[0]} token`, variable) + ' In CI, use trusted publishing (OIDC) instead of long-lived tokens.',
      })
    if (text.includes('npm_')) {
      for (const m of text.matchAll(NPM_TOKEN)) {
        if (shannonEntropy(m[0].slice(4)) >= 3.5) push(m[0], 4, 'npm access token', 'NPM_TOKEN')
      }
    }
    if (text.includes('_auth') && !text.includes('npm_')) {
      for (const m of text.matchAll(NPMRC_AUTH)) {
        if (shannonEntropy(m[1]!) >= 3.5) push(m[1]!, 4, 'npm registry auth token', 'NPM_TOKEN')
      }
    }
    if (text.includes('pypi-')) {
      for (const m of text.matchAll(PYPI_TOKEN)) push(m[0], 5, 'PyPI API token', 'PYPI_TOKEN')
    }
    return hits
  },
}
