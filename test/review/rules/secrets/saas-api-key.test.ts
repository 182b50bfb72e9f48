import { saasApiKey } from '../../../../src/review/rules/secrets/saas-api-key'
import { testRule } from '../../rule-tester'

const HF = 'hf_' + 'Zq8wZp3NvR6tY1xL9cB7mD0sA5eH2gU4iO8j'
const SG = 'SG.' + 'ngeVfQFYQlKU0ufo8x5d1A.TwL2iGABf9DHoTf-09kqeF8tAmbihYzrnopKc-1s5cr'
const OPENAI = 'sk-proj-' + '4fJ2kQ8wZp3NvR6tY1xL9cB7mD0sA5eH2gU4iO8jK6E'
const DATABRICKS = 'dapi' + '8f3a9c2e71b64d05a9e3c7f1b2d4e6a8'

testRule(saasApiKey, {
  valid: [
    "const hf = new HfInference(process.env.HF_TOKEN)\n",
    "const sample = 'hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'\n",
    "const openai = new OpenAI({ apiKey: 'sk-proj-YOUR_KEY_HERE_YOUR_KEY_HERE_YOUR_KEY_HERE' })\n",
    // Identifiers and CSS that share a prefix.
    "const skProjectId = 'sk-proj-settings'\nconst cls = 'dapi-table re_render'\n",
    // Public keys are meant to ship.
    "const mapbox = 'pk.eyJ1IjoiZXhhbXBsZSIsImEiOiJjbGFiY2RlZmcwMDAwM3BvNnRkZ3J4eDhtIn0.abcdefghijklmnopqrstuv'\n",
    { code: `const hf = new HfInference('${HF}')\n`, path: 'test/inference.test.ts' },
  ],
  invalid: [
    { code: `const hf = new HfInference('${HF}')\n`, path: 'src/lib/ai.ts', findings: [{ line: 1, message: /Hugging Face token `hf_…\(\d+ chars\)`/, suggestion: /HF_TOKEN/ }] },
    { code: `sgMail.setApiKey('${SG}')\n`, path: 'src/mail.js', findings: [{ line: 1, message: /SendGrid/ }] },
    { code: `const client = new OpenAI({ defaultHeaders: { 'x-key': '${OPENAI}' } })\n`, path: 'src/ai.ts', findings: [{ line: 1, message: /OpenAI/ }] },
    { code: `DATABRICKS_HOST = "https://adb.azuredatabricks.net"\nDATABRICKS_TOKEN = "${DATABRICKS}"\n`, path: 'jobs/settings.py', findings: [{ line: 2, message: /Databricks/ }] },
  ],
})
