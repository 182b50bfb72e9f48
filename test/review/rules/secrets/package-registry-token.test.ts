import { packageRegistryToken } from '../../../../src/review/rules/secrets/package-registry-token'
import { testRule } from '../../rule-tester'

const NPM = 'np' + 'm_roLljd19b1XQddUAQbH2NLpxXzlQ6sbPSppF'
const PYPI = 'pypi' + '-AgEIcHlwaS5vcmccaW7ZcJHS0Hs6vv19xW6yuws2Pf6FGz_OAeouMhknBaKNOWgCL6iElr-_alf'

testRule(packageRegistryToken, {
  valid: [
    { code: '//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n', path: '.npmrc' },
    { code: 'password = ${PYPI_TOKEN}\nusername = __token__\n', path: '.pypirc' },
    { code: 'const prefix = "npm_"\nconst isNpm = token.startsWith("pypi-")\n' },
    { code: '- run: npm publish\n  env:\n    NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n', path: '.github/workflows/publish.yml' },
    { code: '//registry.npmjs.org/:_authToken=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n', path: '.npmrc' },
    { code: 'is_auth = pwd_manager.is_authenticated(request_url)\n', path: 'client.py' },
  ],
  invalid: [
    {
      code: `//registry.npmjs.org/:_authToken=${NPM}\n`,
      path: '.npmrc',
      findings: [{ line: 1, severity: 'critical', message: /npm access token `npm_…\(40 chars\)`/, suggestion: /trusted publishing/ }],
    },
    { code: `[pypi]\nusername = __token__\npassword = ${PYPI}\n`, path: '.pypirc', findings: [{ line: 3, message: /PyPI API token `pypi-…/ }] },
    {
      code: '//npm.pkg.github.com/:_authToken=0f3b5c2e-8d41-4a7b-9c6e-2f1a8b7d4e90\n',
      path: '.npmrc',
      findings: [{ line: 1, message: /npm registry auth token `0f3b…\(36 chars\)`/ }],
    },
    { code: `  NPM_TOKEN: "${NPM}"\n`, path: 'ci/release.yml', findings: [{ line: 1, suggestion: /\$\{NPM_TOKEN\}/ }] },
  ],
})
