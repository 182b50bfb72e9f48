import { awsAccessKey } from '../../../../src/review/rules/secrets/aws-access-key'
import { testRule } from '../../rule-tester'

// Split so the repository itself holds no contiguous key-shaped strings.
const KEY_ID = 'AKIA' + 'VO2T33LAIGEYLK44'
const SESSION_KEY_ID = 'ASIA' + 'LE3HTQAMGIPVY5YC'
const SECRET = 'ag9zKSUUMnaWEK/7JW7i' + 'z2SO3Rk0IsNKplItpYWZ'

testRule(awsAccessKey, {
  valid: [
    { code: 'aws_access_key_id = os.environ["AWS_ACCESS_KEY_ID"]\n', path: 'app.py' },
    // AWS's documented example credentials.
    { code: 'AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nAWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n', path: 'docs/setup.sh' },
    { code: "const region = 'AKIAL' // not a key\nconst id = 'AKIA1234'\n" },
    // Too long: part of a larger identifier, not a key id.
    { code: `const blob = '${KEY_ID}ZZZZ'\n` },
    { code: 'aws_secret_access_key = ${AWS_SECRET_ACCESS_KEY}\n', path: 'config.ini' },
    { code: 'secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY,\n' },
    { code: 'aws_secret_access_key = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"\n', path: 'app.py' },
    // The shape of a key id written out for a scanner's docs: nobody generated it.
    { code: "{ id: 'aws-access-key', pattern: /\\b(AKIA|ASIA)[0-9A-Z]{16}\\b/, example: 'AKIA" + "XXXXXXXXXXXXXXXX' },\n" },
  ],
  invalid: [
    {
      code: `import boto3\ns3 = boto3.client("s3", aws_access_key_id="${KEY_ID}")\n`,
      path: 'app.py',
      findings: [{ line: 2, message: /AWS access key id `AKIA…\(20 chars\)`/, severity: 'critical', suggestion: /os\.environ\["AWS_ACCESS_KEY_ID"\]/ }],
    },
    {
      code: `[default]\naws_access_key_id = ${KEY_ID}\naws_secret_access_key = ${SECRET}\n`,
      path: '.aws/credentials',
      findings: [
        { line: 2, message: /access key id/ },
        { line: 3, message: /AWS secret access key assigned to `aws_secret_access_key`/ },
      ],
    },
    {
      code: `const s3 = new S3Client({\n  credentials: { accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' },\n})\n`,
      findings: [{ line: 2, severity: 'critical', suggestion: /process\.env\.AWS_ACCESS_KEY_ID/ }],
    },
    // The same line with a generated id beside the pattern is a key.
    { code: `{ id: 'aws-access-key', pattern: /\\b(AKIA|ASIA)[0-9A-Z]{16}\\b/, example: '${KEY_ID}' },\n`, findings: [{ line: 1 }] },
    // Temporary STS credentials expire, so they rank lower.
    { code: `export AWS_ACCESS_KEY_ID=${SESSION_KEY_ID}\n`, path: 'scripts/login.sh', findings: [{ line: 1, severity: 'major', message: /Temporary AWS access key id `ASIA…/ }] },
    // A leaked key is leaked wherever it is, test files included.
    { code: `FAKE_CREDS = {"AccessKeyId": "${KEY_ID}"}\n`, path: 'tests/test_s3.py', findings: [{ line: 1 }] },
    { code: `AWS_SECRET_ACCESS_KEY: "${SECRET}"\n`, path: 'deploy/values.yaml', findings: [{ line: 1, message: /`AWS_SECRET_ACCESS_KEY`/ }] },
  ],
})
