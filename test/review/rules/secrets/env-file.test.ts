import { envFile } from '../../../../src/review/rules/secrets/env-file'
import { testRule } from '../../rule-tester'

const STRIPE = 'sk_' + 'live_wjwtlPnHFrzjMqP6QJ3lsEh7s2LAjSb3CsfuoRxdfNOgIM8zCY22GyWX'

testRule(envFile, {
  valid: [
    { code: 'DATABASE_PASSWORD=kR9v!2mQx7Lp\nSTRIPE_SECRET=hT5wZ8qN3cV1bX6m\n', path: '.env.example' },
    { code: 'API_KEY=your-api-key\nDB_PASSWORD=changeme\n', path: '.env.sample' },
    { code: 'JWT_SECRET=\nDB_PASSWORD=\n', path: '.env.template' },
    { code: 'PORT=3000\nNODE_ENV=development\nLOG_LEVEL=debug\nAPI_URL=https://api.example.com\n', path: '.env' },
    { code: 'DATABASE_URL=postgres://postgres:postgres@localhost:5432/app\nREDIS_URL=redis://localhost:6379\n', path: '.env.local' },
    { code: 'NEXT_PUBLIC_SUPABASE_URL=https://abc.supabase.co\nVITE_SENTRY_DSN_PUBLIC_ID=8f3c2a1b9d7e6f5a4c3b2a1f0e9d8c7b\n', path: '.env.production' },
    { code: 'API_KEY=${API_KEY}\nSECRET=$(vault read -field=value secret/app)\n', path: '.env' },
  ],
  invalid: [
    {
      code: 'PORT=3000\nDATABASE_PASSWORD=kR9v!2mQx7Lp\nSTRIPE_SECRET=hT5wZ8qN3cV1bX6m\n',
      path: '.env',
      findings: [
        {
          line: 2,
          severity: 'critical',
          message: '`.env` is committed with 2 real-looking secret values (`DATABASE_PASSWORD`, `STRIPE_SECRET`).',
          suggestion: /git rm --cached \.env.*\.env\.example/,
        },
      ],
    },
    { code: `# billing\nexport STRIPE_KEY="${STRIPE}"\n`, path: 'deploy/.env.production', findings: [{ line: 2, message: /`\.env\.production` is committed with 1 real-looking secret value \(`STRIPE_KEY`\)/ }] },
    { code: 'DATABASE_URL=postgres://app:Xq82LmZ9pT4v@db.internal:5432/app\n', path: '.env.local', findings: [{ line: 1, message: /`DATABASE_URL`/ }] },
    { code: 'SESSION_SIGNING_MATERIAL=Zr8Kq2Lm9Xv4Tb7Nc1Wp6Hs3Jd5Fe0Y\n', path: 'prod.env', findings: [{ line: 1 }] },
    {
      code: 'A_TOKEN=Zr8Kq2Lm9Xv4Tb7N\nB_TOKEN=c1Wp6Hs3Jd5Fe0Yq\nC_TOKEN=Lm9Xv4Tb7Nc1Wp6H\nD_TOKEN=Hs3Jd5Fe0YZr8Kq2\nE_TOKEN=Tb7Nc1Wp6Hs3Jd5F\nF_TOKEN=Xv4Tb7Nc1Wp6Hs3J\n',
      path: '.env',
      findings: [{ line: 1, message: /6 real-looking secret values \(`A_TOKEN`, `B_TOKEN`, `C_TOKEN`, `D_TOKEN`, `E_TOKEN`, and 1 more\)/ }],
    },
  ],
})
