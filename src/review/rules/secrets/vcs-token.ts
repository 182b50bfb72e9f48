// Flags GitHub (`ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_`, `github_pat_`) and GitLab (`glpat-`, `gldt-`,
// `glrt-`, `glptt-`) tokens. Known false positives: none; low-entropy look-alikes (`ghp_xxxx…`) are skipped.
import type { LineRule, RuleHit } from '../../types'
import { looksTypedIn, maskSecret, rotateAndLoad } from './util'

const PREFILTER = /gh[pousr]_|github_pat_|gl(?:pat|dt|rt|ptt)-/
const TOKEN =
  /(?<![A-Za-z0-9_])(?:(gh[pousr])_[A-Za-z0-9]{36}|(github_pat)_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}|(gl(?:pat|dt|rt|ptt))-[A-Za-z0-9_-]{20,})(?![A-Za-z0-9])/g

const KINDS: Record<string, { what: string; variable: string }> = {
  ghp: { what: 'GitHub personal access token', variable: 'GITHUB_TOKEN' },
  gho: { what: 'GitHub OAuth access token', variable: 'GITHUB_TOKEN' },
  ghu: { what: 'GitHub App user-to-server token', variable: 'GITHUB_TOKEN' },
  ghs: { what: 'GitHub App installation token', variable: 'GITHUB_TOKEN' },
  ghr: { what: 'GitHub refresh token', variable: 'GITHUB_REFRESH_TOKEN' },
  github_pat: { what: 'GitHub fine-grained personal access token', variable: 'GITHUB_TOKEN' },
  glpat: { what: 'GitLab personal access token', variable: 'GITLAB_TOKEN' },
  gldt: { what: 'GitLab deploy token', variable: 'GITLAB_DEPLOY_TOKEN' },
  glrt: { what: 'GitLab runner authentication token', variable: 'RUNNER_TOKEN' },
  glptt: { what: 'GitLab pipeline trigger token', variable: 'GITLAB_TRIGGER_TOKEN' },
}

export const vcsToken: LineRule = {
  kind: 'line',
  meta: {
    id: 'secrets/vcs-token',
    title: 'GitHub or GitLab token committed',
    severity: 'critical',
    category: 'security',
    pack: 'secrets',
    tier: 'core',
    languages: '*',
    description:
      'Source-host tokens can read and push code, open releases and read CI secrets. GitHub revokes some leaked tokens automatically, but only after they have been exposed.',
    examples: {
      bad: 'GITHUB_TOKEN = "gh' + 'p_R8d2kLq9Zt4vWx7mNb3cYp6sHf1gJe0aUi5o"\n',
      good: 'GITHUB_TOKEN = os.environ["GITHUB_TOKEN"]\nplaceholder = "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"\n',
    },
  },
  trigger: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_', 'glpat-', 'gldt-', 'glrt-', 'glptt-'],
  check(ctx) {
    const text = ctx.line.text
    if (!PREFILTER.test(text)) return undefined
    const hits: RuleHit[] = []
    for (const m of text.matchAll(TOKEN)) {
      const prefix = (m[1] ?? m[2] ?? m[3])!
      const body = m[0].slice(prefix.length + 1)
      if (looksTypedIn(body, 3.5) || /x{6}|EXAMPLE/i.test(body)) continue
      const kind = KINDS[prefix]!
      hits.push({
        line: ctx.line.newLine,
        message: `${kind.what} \`${maskSecret(m[0], prefix.length + 1)}\` is committed; it carries the owner's access to repositories and CI.`,
        suggestion: rotateAndLoad(ctx.file, 'token in the host\'s token settings', kind.variable) + ' In CI, use the built-in job token or a repository secret.',
      })
    }
    return hits
  },
}
