import { privateKey } from '../../../../src/review/rules/secrets/private-key'
import { testRule } from '../../rule-tester'

const BEGIN = (kind: string) => `-----BEGIN ${kind}PRIVATE` + ' KEY-----'
const BODY = 'MIIEpAIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM9Oi8CqZ0HRwVt9g0JdPlwYnXdl8m'

testRule(privateKey, {
  valid: [
    "const PEM_HEADER = '-----BEGIN PRIVATE KEY-----'\nif (!pem.startsWith(PEM_HEADER)) throw new Error('not PKCS#8')\n",
    { code: 'key = """-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----"""\n', path: 'docs/example.py' },
    { code: '```\n-----BEGIN OPENSSH PRIVATE KEY-----\n<your key here>\n-----END OPENSSH PRIVATE KEY-----\n```\n', path: 'README.md' },
    '-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ\n-----END CERTIFICATE-----\n',
    '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo\n-----END PUBLIC KEY-----\n',
    // Google service-account JSON is reported by secrets/google-credentials.
    { code: `{ "private_key": "${BEGIN('')}\\n${BODY}\\n" }\n`, path: 'sa.json' },
  ],
  invalid: [
    {
      code: `${BEGIN('RSA ')}\n${BODY}\n-----END RSA PRIVATE KEY-----\n`,
      path: 'deploy/id_rsa',
      findings: [{ line: 1, severity: 'critical', message: /`RSA PRIVATE KEY` block is committed/, suggestion: /generate a new key pair/ }],
    },
    {
      code: `const signingKey = \`${BEGIN('')}\n${BODY}\n-----END PRIVATE KEY-----\`\n`,
      findings: [{ line: 1, message: /`PRIVATE KEY` block/ }],
    },
    { code: `JWT_PRIVATE_KEY="${BEGIN('EC ')}\\n${BODY}\\n-----END EC PRIVATE KEY-----"\n`, path: 'config/app.ini', findings: [{ line: 1, message: /`EC PRIVATE KEY`/ }] },
    {
      code: `ssh_key: |\n  ${BEGIN('OPENSSH ')}\n  b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAABlwAAAAdzc2gtcn\n`,
      path: 'ansible/group_vars/all.yml',
      findings: [{ line: 2, message: /OPENSSH PRIVATE KEY/ }],
    },
    { code: `${BEGIN('ENCRYPTED ')}\n${BODY}\n`, path: 'certs/server.key', findings: [{ line: 1, severity: 'major', message: /Encrypted `ENCRYPTED PRIVATE KEY`/ }] },
    // Fixture keys are still reported, at low severity.
    { code: `TEST_KEY = """${BEGIN('RSA ')}\n${BODY}\n"""\n`, path: 'tests/test_signing.py', findings: [{ line: 1, severity: 'minor', message: /test file/ }] },
  ],
})
