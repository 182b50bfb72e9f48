// Flags downloads and package installs with TLS checks off in scripts, Dockerfiles and CI: `curl -k`,
// `wget --no-check-certificate`, `git -c http.sslVerify=false`, `npm config set strict-ssl false`,
// `pip --trusted-host`. Known false positives: health checks against a local self-signed endpoint
// (localhost URLs are skipped).
import type { LineRule } from '../../types'
import { stripComment } from '../../source'

const CURL = /\bcurl\b[^|;&]*?\s(?:-[a-zA-Z]*k[a-zA-Z]*|--insecure)(?=\s|$)/
const WGET = /\bwget\b[^|;&]*?\s--no-check-certificate\b/
const GIT = /\bhttp\.sslVerify(?:\s*=\s*|\s+)["']?false\b|\bGIT_SSL_NO_VERIFY\s*[=:]\s*["']?(?:1|true)\b/i
const NPM = /\b(?:npm|yarn|pnpm)\s+config\s+set\s+strict-ssl\s+false\b|\bstrict-ssl\s*=\s*false\b/
const PIP = /\bpip3?\s+install\b.*\s--trusted-host[\s=]|^\s*-?-?trusted-host\s*[\s=]/
const ECHO = /\b(?:echo|printf)\b[^|;&]*$/
const LOCAL_URL = /(?:https?:\/\/)?(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])(?::\d+)?(?:\/|\s|$|["'])/

const CHECKS: Array<{ needle: string; re: RegExp; fix: string; localOk: boolean }> = [
  { needle: 'curl', re: CURL, localOk: true, fix: 'Drop `-k`/`--insecure`; if the server uses a private CA, pass it with `--cacert ca.pem`.' },
  { needle: 'wget', re: WGET, localOk: true, fix: 'Drop `--no-check-certificate`; use `--ca-certificate=ca.pem` for a private CA.' },
  { needle: 'ssl', re: GIT, localOk: false, fix: 'Keep `http.sslVerify` on; configure `http.sslCAInfo` for a private CA.' },
  { needle: 'SSL', re: GIT, localOk: false, fix: 'Remove `GIT_SSL_NO_VERIFY`; configure `http.sslCAInfo` for a private CA.' },
  { needle: 'strict-ssl', re: NPM, localOk: false, fix: 'Keep `strict-ssl` on; point `cafile` at the registry\'s CA instead.' },
  { needle: 'trusted-host', re: PIP, localOk: false, fix: 'Remove `--trusted-host`; serve the index over valid HTTPS or set `PIP_CERT` to its CA bundle.' },
]

export const insecureDownload: LineRule = {
  kind: 'line',
  meta: {
    id: 'crypto/insecure-download',
    title: 'Download with TLS verification disabled',
    severity: 'major',
    category: 'security',
    pack: 'crypto',
    tier: 'core',
    languages: ['shell', 'dockerfile', 'makefile', 'yaml', 'github-actions', 'ini', 'requirements'],
    description:
      'Build and CI steps that fetch scripts, binaries or packages without certificate checks let anyone on the network path substitute their own, which then runs inside your image or pipeline with its secrets.',
    examples: {
      bad: 'curl -fsSLk https://get.example.com/install.sh | sh\n',
      good: 'curl -fsSL --cacert /etc/ssl/corp-ca.pem https://get.example.com/install.sh | sh\ncurl -kfs https://localhost:8443/healthz\n',
    },
  },
  check(ctx) {
    const text = ctx.line.text
    for (const c of CHECKS) {
      if (!text.includes(c.needle)) continue
      const code = stripComment(text, ctx.file.language)
      const m = c.re.exec(code)
      if (!m) continue
      // `echo "… curl -k …"` prints advice rather than running it.
      if (ECHO.test(code.slice(0, m.index))) continue
      const rest = code.slice(m.index)
      const cut = rest.search(/\||&&|;/)
      const command = (cut < 0 ? rest : rest.slice(0, cut)).trimEnd()
      if (c.localOk && LOCAL_URL.test(command)) continue
      const flag = /--insecure|--no-check-certificate|sslVerify|GIT_SSL_NO_VERIFY|strict-ssl|--trusted-host/i.exec(m[0])?.[0] ?? '-k'
      return {
        line: ctx.line.newLine,
        message: `\`${truncate(command)}\` disables certificate checks (\`${flag}\`), so a network attacker can swap what gets downloaded and run.`,
        suggestion: c.fix,
      }
    }
    return undefined
  },
}

function truncate(s: string): string {
  const t = s.trim()
  return t.length > 80 ? `${t.slice(0, 77)}…` : t
}
