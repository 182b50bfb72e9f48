import { jwt } from '../../../../src/review/rules/secrets/jwt'
import { testRule } from '../../rule-tester'

const HEADER = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9'
const token = (payload: string, signature = 'k3Xq9vLmT2pR8wZ4nB7cY1sH6dF0gJ5eU2iO8aQ3lK') => `${HEADER}.${payload}.${signature}`
const SERVICE = 'eyJzdWIiOiJzdmMtYmlsbGluZyIsInNjb3BlIjoiYWRtaW4ifQ'
const ANON = 'eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6ImFiY2RlZmdoaWprbG1ub3AiLCJyb2xlIjoiYW5vbiIsImlhdCI6MTcwMDAwMDAwMH0'
const SERVICE_ROLE = 'eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6ImFiY2RlZmdoaWprbG1ub3AiLCJyb2xlIjoic2VydmljZV9yb2xlIiwiaWF0IjoxNzAwMDAwMDAwfQ'
const JWT_IO = `${HEADER}.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c`

testRule(jwt, {
  valid: [
    // An example a formatter moved under its name.
    `const bearerExample =\n  '${token(SERVICE)}'\n`,
    "const token = req.headers.authorization?.slice('Bearer '.length)\n",
    // The jwt.io sample token, copied into countless docs.
    `const example = '${JWT_IO}'\n`,
    // Tokens in tests are fixtures.
    { code: `const token = '${token(SERVICE)}'\n`, path: 'src/auth.test.ts' },
    // Supabase's anon key is the public key of its browser client.
    `const supabase = createClient(url, '${token(ANON)}')\n`,
    // Not JSON once decoded: a look-alike, not a JWT.
    "const id = 'eyJxxxxxxxxxxxxxx.eyJxxxxxxxxxxxxxxxx.abcdefghijklmnopqrstuv'\n",
    // Named as an example, or made of sample claims (a person and issuer at example.com).
    `EXAMPLE_TOKEN = "${token(SERVICE)}"\n`,
    `const responses = {\n  sample: {\n    token: '${token(SERVICE)}',\n  },\n}\n`,
    `const token = '${token('eyJzdWIiOiJ1c2VyLTQyIiwiZW1haWwiOiJqYW5lQGV4YW1wbGUuY29tIn0')}'\n`,
    // Unsigned tokens carry no credential.
    `const unsigned = '${HEADER}.${SERVICE}.'\n`,
  ],
  invalid: [
    // The line above names something else, or the token does not start its line.
    { code: `const headers = {\n  '${token(SERVICE)}'\n}\n`, findings: [{ line: 2 }] },
    { code: `const example = 1\nconst API_TOKEN = '${token(SERVICE)}'\n`, findings: [{ line: 2 }] },
    {
      code: `const API_TOKEN = '${token(SERVICE)}'\n`,
      findings: [{ line: 1, severity: 'major', message: /Signed JWT `eyJhbG…\(130 chars\)` \(HS256\) is committed/ }],
    },
    { code: `const responses = {\n  live: {\n    token: '${token(SERVICE)}',\n  },\n}\n`, findings: [{ line: 3 }] },
    { code: `SUPABASE_SERVICE_KEY = "${token(SERVICE_ROLE)}"\n`, path: 'worker.py', findings: [{ line: 1, severity: 'critical', message: /service_role key/ }] },
    { code: `curl -H "Authorization: Bearer ${token(SERVICE)}" https://api.internal/v1/jobs\n`, path: 'scripts/trigger.sh', findings: [{ line: 1, message: /HS256/ }] },
  ],
})
