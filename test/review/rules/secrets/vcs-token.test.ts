import { vcsToken } from '../../../../src/review/rules/secrets/vcs-token'
import { testRule } from '../../rule-tester'

const GHP = 'gh' + 'p_nwGu3GuVLJqgcNMURDdikoODi4AA3FRnpLBm'
const GHO = 'gh' + 'o_6iCkN1nufECrBPWYlN1mJMjXTrTTeIEHEvNR'
const PAT = 'github' + '_pat_9QosgMjR8nqzOF9u5Ycwbv_XFtDd328oroeUVQeqCmLD1a57wyKZA0FwdGyw4FbfdzAH2LIuro1NaeUlVY'
const GLPAT = 'gl' + 'pat-wqfqbzBHd59NN5RSzzkJ'

testRule(vcsToken, {
  valid: [
    { code: 'token = os.environ["GITHUB_TOKEN"]\n', path: 'app.py' },
    { code: '      - run: gh release create\n        env:\n          GH_TOKEN: ${{ secrets.GITHUB_TOKEN }}\n', path: '.github/workflows/release.yml' },
    { code: "const example = 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'\n" },
    { code: "if (token.startsWith('ghp_') || token.startsWith('glpat-')) return 'pat'\n" },
    { code: "const short = 'ghp_abc123'\n" },
    { code: 'GITLAB_TOKEN=glpat-XXXXXXXXXXXXXXXXXXXX\n', path: 'docs/setup.md' },
  ],
  invalid: [
    {
      code: `const octokit = new Octokit({ auth: '${GHP}' })\n`,
      findings: [{ line: 1, severity: 'critical', message: /GitHub personal access token `ghp_…\(40 chars\)`/, suggestion: /process\.env\.GITHUB_TOKEN/ }],
    },
    { code: `git clone https://x-access-token:${GHO}@github.com/acme/api.git\n`, path: 'scripts/clone.sh', findings: [{ line: 1, message: /GitHub OAuth access token/ }] },
    { code: `GITHUB_TOKEN = "${PAT}"\n`, path: 'tests/test_sync.py', findings: [{ line: 1, message: /fine-grained personal access token `github_pat_…/ }] },
    {
      code: `variables:\n  GITLAB_TOKEN: ${GLPAT}\n`,
      path: '.gitlab-ci.yml',
      findings: [{ line: 2, message: /GitLab personal access token `glpat-…\(26 chars\)`/, suggestion: /\$\{GITLAB_TOKEN\}/ }],
    },
  ],
})
