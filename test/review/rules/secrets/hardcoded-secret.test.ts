import { hardcodedSecret } from '../../../../src/review/rules/secrets/hardcoded-secret'
import { testRule } from '../../rule-tester'

testRule(hardcodedSecret, {
  valid: [
    // A table mapping setting names to their group: 'private' is also a plain key's value, a category.
    { code: "const keyGroupMapper = {\n  title: 'site',\n  is_private: 'private',\n  password: 'private',\n  public_hash: 'private',\n}\n", path: 'src/settings/mapper.js' },
    // Comparisons with literals that are no credential: a type, an empty or placeholder value, a token's kind.
    { code: "if (typeof password !== 'string') return res.status(400).end()", path: 'src/routes/reset.js' },
    { code: "if (password === '' || password === 'changeme') return false", path: 'src/auth.js' },
    { code: 'if token_type == "refresh_token":\n    return refresh(token)', path: 'app/auth.py' },
    { code: "if (req.body.password !== req.body.confirm) return res.status(400).end()", path: 'src/routes/signup.js' },
    // Environment reads whose fallback is empty, a placeholder or a low-entropy development value.
    { code: 'SECRET_KEY = os.getenv("DJANGO_SECRET_KEY", "dev-secret-key")\nQA_PASSWORD = os.environ.get("QA_PASSWORD", "changeme")\nSTRIPE_SECRET_KEY = os.getenv("STRIPE_SECRET_KEY", "")\n', path: 'shop/settings.py' },
    "const config = {\n  refreshSecret: process.env.REFRESH_SECRET || 'change-me',\n  apiKey: process.env.API_KEY ?? '',\n}\n",
    { code: "const env = z.object({\n  WEBHOOK_SECRET: z.string().default('whsec_placeholder'),\n})\n", path: 'src/env.ts' },
    { code: 'class Settings(BaseSettings):\n    openai_api_key: str = Field(default="", repr=False)\n', path: 'app/config.py' },
    // A key that names itself a development key, in development settings; a payment's client secret in a story.
    { code: "SECRET_KEY = 'django-insecure-9v#b2k@x!m3q8z$w7r^t1y&u4i*o6p(e0s)d5f+g=h-j'\n", path: 'project/settings/local.py' },
    // A phrase that names itself a development value, written for local runs.
    { code: "if (env.NODE_ENV !== 'production' && !env.AUTH_SECRET) {\n  env.AUTH_SECRET = 'development-auth-secret-at-least-32-chars'\n}\n", path: 'src/env.ts' },
    { code: 'SIGNING_KEY = os.environ.get("SIGNING_KEY", "local_signing_key_v2")\n', path: 'app/config.py' },
    { code: "export const Default = { args: { clientSecret: 'pi_3MtwBwLkdIwHu7ix28a3tqPa_secret_YrKJUKribcBjcG8HVhfZluoGH' } }\n", path: 'src/components/PaymentForm.stories.tsx' },
    // The literal is only a part of the fallback.
    // Values that say they are development stand-ins, with nothing random left once those words are gone.
    { code: 'SECRET_KEY = os.getenv("SECRET_KEY", "insecure-dev-key-123")\nJWT_SECRET = config("JWT_SECRET", default="local_dev_secret_2024")\n', path: 'app/settings.py' },
    "const sessionSecret = process.env.SESSION_SECRET ?? 'dev-secret-2024'\n",
    // Values that tell the reader to replace them.
    "const schema = z.object({ SESSION_SECRET: z.string().min(32).default('insecure-dev-secret-override-me-in-production') })\n",
    { code: 'JWT_SECRET = env.str("JWT_SECRET", default="override-me-with-64-random-chars")\n', path: 'app/settings.py' },
    // Key lists read at runtime, and lists that are not signing keys.
    "app.keys = [process.env.COOKIE_KEY]\nconst storage = createCookieSessionStorage({ cookie: { secrets: [process.env.SESSION_SECRET ?? ''] } })\nconst table = { keys: ['id', 'tenant_id'] }\n",
    // Login calls with the password read at runtime or left as a placeholder; encoded text that is not a key.
    { code: 'smtp.login("alerts@example.com", os.environ["SMTP_PASSWORD"])\nftp.login("anonymous", "guest")\nrequests.get(url, auth=("svc", "changeme"))\n', path: 'app/mail.py' },
    "const label = new TextEncoder().encode('Hello, world!')\nconst secret = new TextEncoder().encode(process.env.JWT_SECRET)\n",
    "const JWT_SECRET = process.env.JWT_SECRET || 'secret'\nconst theme = process.env.THEME ?? 'Hq7vR2kL9mN4pX8tW1yB6cF3'\n",
    { code: 'class Settings(BaseSettings):\n    db_password: SecretStr = SecretStr("")\n', path: 'app/config.py' },
    { code: 'SIGNING_KEY = os.getenv("SIGNING_KEY", "k9Lm2xQ7vR4tW8" + tenant_id)\n', path: 'app/keys.py' },
    // A documentation sample in a test.
    { code: "app.use(session({ secret: 'keyboard cat', resave: false }))\n", path: 'test/session.test.js' },
    // Environment and config reads.
    { code: 'DB_PASSWORD = os.environ["DB_PASSWORD"]\nAPI_KEY = os.getenv("API_KEY", "")\nsecret = config("SECRET_KEY")\n', path: 'settings.py' },
    'const apiKey = process.env.API_KEY ?? ""\nconst token: string = getToken()\nconst password = req.body.password\n',
    { code: 'String password = System.getenv("DB_PASSWORD");\n', path: 'src/Db.java' },
    { code: 'api_key = ENV["API_KEY"]\n', path: 'app.rb' },
    // Placeholders and templates.
    { code: 'password: changeme\napi_key: "<your-api-key>"\nsecret: ${APP_SECRET}\ntoken: "{{ vault_token }}"\nclient_secret: xxxxxxxx\n', path: 'config/app.yml' },
    { code: 'password = "your-password-here"\napi_key = "dummy-key-for-docs"\ntoken = "example-token-123"\n', path: 'app.py' },
    { code: '  password: ${{ secrets.REGISTRY_PASSWORD }}\n', path: '.github/workflows/ci.yml' },
    // UI labels, field names and other non-secrets.
    "const labels = { password: 'Passwort', token: 'access_token' }\n<input type=\"password\" name=\"password\" autocomplete=\"current-password\">\n",
    { code: 'TOKEN_URL = "https://oauth2.googleapis.com/token"\nPASSWORD_MIN_LENGTH = 12\nnext_page_token = "CAEQAA"\n', path: 'app.py' },
    "const TOKEN_KEY = 'auth_token'\nlocalStorage.setItem(TOKEN_KEY, token)\nconst tokenHeader = 'X-Api-Key'\n",
    { code: 'password_hash = "$2b$12$KIXQz1b5O5Yp9rQ8l3yZ8eU4mE2fH7jN6kC0aD9sV3xW1bT5gR2qO"\n', path: 'seed.py' },
    { code: 'if password == "letmein123":\n    raise WeakPassword()\n', path: 'validators.py' },
    // Stock local defaults (docker-compose) and low-entropy test passwords.
    { code: 'environment:\n  POSTGRES_PASSWORD: postgres\n  RABBITMQ_DEFAULT_PASS: guest\n', path: 'docker-compose.yml' },
    { code: 'user = User(email="a@b.c", password="hunter22")\n', path: 'tests/test_login.py' },
    // Provider keys are left to their own rules.
    { code: `GITHUB_TOKEN = "${'gh' + 'p_nwGu3GuVLJqgcNMURDdikoODi4AA3FRnpLBm'}"\n`, path: 'app.py' },
    // .env files are reported once by secrets/env-file.
    { code: 'DB_PASSWORD=Tr0ub4dor&3x\n', path: '.env' },
    // Usage examples in docstrings, JSDoc and READMEs; string type hints.
    { code: 'def sign(request):\n    """Sign a request.\n\n    >>> sign(Request(oauth_token="ad180jjd733klru7Qx9zP"))\n    """\n    return _sign(request)\n', path: 'oauth/sign.py' },
    "/**\n * @example\n * basicAuth({ username: 'hono', password: 'Zr8Kq2Lm9Xv4Tb7Nc1Wp' })\n */\nexport const basicAuth = (options) => options\n",
    { code: "```js\nconst client = new Client({ password: 'bm90IG15IHJlYWwgcGFzc3dvcmQ=' })\n```\n", path: 'README.md' },
    { code: 'def load(backend, private_key: "_RSAPrivateKey", data: bytes) -> None:\n    pass\n', path: 'crypto/rsa.py' },
    "const url = `https://api.example.com/v1?api_key=${apiKey}`\nconst { password, ...rest } = user\n",
    { code: 'conn = connect("Server=db;Database=app;User Id=app;Password=Sup3rS3cr3t!")\n', path: 'db.py' },
    // Cache-key prefixes and storage keys named after what they hold; algorithm names beside a key.
    "export const CACHE_KEYS = { authToken: 'auth:token:', apiKey: 'auth:api-key:', sessionSecret: '__session' }\n",
    "const crypto = { encryptionKey: 'aes-256-gcm', signingKey: 'HS256' }\n",
    // Keys made to be public: publishable and browser tokens, public names, bundler-public variables.
    "const mapboxAccessToken = 'pk.eyJ1IjoiYWNtZS1tYXBzIiwiYSI6ImNrOXh5ejEyMzQ1Njc4OTBhYmMifQ.AbCdEfGhIjKlMnOp'\n",
    "const publicApiKey = 'c0a5f1e2d3b4a5968778695a4b3c2d1e'\nconst recaptchaSiteKey = '6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI'\n",
    { code: "export const env = {\n  searchApiKey: import.meta.env.VITE_ALGOLIA_SEARCH_API_KEY ?? '6be0576ff61c053d5f9a3225e2a90f76',\n  supabaseApiKey: process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY || 'q8Xv2LmR7kT4pW9z',\n}\n", path: 'src/lib/env.ts' },
    // A DocSearch key beside its index, and a key its comment calls public.
    { code: "  algolia: {\n    appId: 'R2IYF7ETH7',\n    apiKey: '599cec31baffa4868cae4e79f180729b',\n    indexName: 'docs',\n  },\n", path: 'docusaurus.config.js' },
    "const widget = { apiKey: '8d1f0c2e9b7a6f5e4d3c2b1a' } // public, search-only\n",
    // A key its name calls search-only.
    "export const ALGOLIA = { appId: 'K7Q2M9XZ3L', searchOnlyApiKey: '1f3e5d7c9b2a4f6e8d0c2b4a6f8e0d2c' }\n",
    // A local stand-in built from stock names; a test client logging a fixture user in.
    { code: 'class Settings(BaseSettings):\n    db_password: str = Field(default="local-postgres-pw")\n', path: 'app/config.py' },
    { code: 'self.client.login("alice", "wonderland42")\n', path: 'accounts/checks.py' },
    // Test code is full of made-up keys: hex digests, short mixed values, test passwords and bearer tokens.
    { code: 'API_TOKEN = "9f86d081884c7d659a2feaa0c55ad015"\nWEBHOOK_SECRET = "a8Kd93Lm2Qx7Zp4Rt6Vw1Ny5"\nheaders = {"Authorization": "Bearer 7f4c9a2e1b8d6f3a5c0e9b7d2a4f6c8e"}\n', path: 'tests/test_billing.py' },
    { code: "const config = { apiKey: '9f8a7c6b5d4e3f2a1b0c9d8e7f6a5b4c', password: 'Tr0ub4dor&3x-sp3c' }\n", path: 'src/auth/auth.service.spec.ts' },
    // Phrases under names that also hold storage keys and header names; a phrase in a test.
    "const TOKEN_KEY = 'auth-token-v2'\nconst apiKey = 'x-api-key-header'\nconst SESSION_KEY = 'user-session-store'\n",
    { code: 'SECRET_KEY = "super-secret-key"\n', path: 'tests/settings_test.py' },
    { code: 'JWT_SECRET_KEY = os.environ.get("JWT_SECRET_KEY", "super-secret-jwt-key-change-in-production")\n', path: 'api/config.py' },
    // Seeds, documentation code, CI settings and test runner configuration hold sample logins.
    { code: "await prisma.user.create({ data: { email: 'admin@example.com', password: 'Adm1n!Seed2024' } })\n", path: 'prisma/seed.ts' },
    { code: 'SECRET_KEY = "ci-run-7f3a9c"\nDATABASES = {"default": {"PASSWORD": "Pg!c1-Runner"}}\n', path: 'mysite/settings/ci.py' },
    { code: "export default defineConfig({ use: { httpCredentials: { username: 'preview', password: 'Pr3view!Gate' } } })\n", path: 'playwright.config.ts' },
    { code: 'client = Client(api_key="a7c6b5d4e3f2")\n', path: 'docs/quickstart.py' },
    // Stored password hashes, integrity hashes, demo accounts, story props, anonymous FTP.
    { code: 'admin = User(username="admin", password="pbkdf2_sha256$600000$kQ9vR2mLx7$Zx8vQ2mLr7pKw5tY0sB3nC8d1e2f=")\nlegacy_password = "md5$s4lt$9d4e1f7a2b8c3e6d0f5a1b7c4e8d2f6a"\n', path: 'accounts/migrations/0004_seed_admin.py' },
    "const integrity = { token: 'sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC' }\nconst DEMO_PASSWORD = 'demo-Pass-2024'\n",
    { code: "export const Filled = { args: { apiKey: 'Kx9-st0ry-7q' } }\n", path: 'src/components/KeyField.stories.tsx' },
    { code: 'ftp.login("anonymous", "anon@ftp.host")\n', path: 'mirror/fetch.py' },
    { code: 'FERNET = Fernet(os.environ["FIELD_KEY"])\ncipher = AESGCM(AESGCM.generate_key(bit_length=256))\n', path: 'vault/fields.py' },
    // Request examples in API schemas and mock records: named so on the line or on an enclosing bracket.
    { code: 'class LoginIn(BaseModel):\n    model_config = ConfigDict(\n        json_schema_extra={\n            "examples": [\n                {\n                    "email": "ada@example.com",\n                    "password": "Sup3r-S3cret!pw",\n                }\n            ]\n        }\n    )\n', path: 'app/api/schemas.py' },
    { code: 'model_config = ConfigDict(json_schema_extra={"example": {"email": "a@b.co", "password": "Tr0ub4dor&3"}})\n', path: 'app/api/schemas.py' },
    { code: 'LOGIN_EXAMPLES = {\n    "valid": {"summary": "A login", "value": {"email": "a@b.co", "password": "correct-h0rse-battery"}},\n}\n', path: 'app/api/docs.py' },
    "export const loginRequestExample = { email: 'ada@example.com', password: 'Sup3r-S3cret!pw' }\nconst mockUser = { id: 1, password: 'Hunter2!x' }\n",
    "export const authExamples = {\n  success: {\n    value: { refreshToken: 'rt_7Kq2Xw9Lm4Rt8Vb1' },\n  },\n}\n",
    { code: 'test_password = "Passw0rd!23"\nexample_api_key = "k9Lm2xQ7vR4tW8zP"\n', path: 'app/settings.py' },
    // A value on the next line that is read at runtime, built, or a placeholder.
    { code: 'SECRET_KEY = (\n    os.environ["DJANGO_SECRET_KEY"]\n)\nAPI_TOKEN = \\\n    "Bearer " + token\n', path: 'shop/settings.py' },
    "export const API_KEY =\n  process.env.API_KEY ?? '';\nconst tokenHeader =\n  'x-api-token';\n",
    // Basic-auth users read at runtime, a Basic header from variables, a Twilio client from the environment.
    "app.use(basicAuth({ users: { [process.env.ADMIN_USER]: process.env.ADMIN_PASSWORD } }))\nconst auth = 'Basic ' + Buffer.from(`${user}:${password}`).toString('base64')\nconst sms = twilio(process.env.TWILIO_SID, process.env.TWILIO_TOKEN)\n",
    { code: "app.use(basicAuth({ users: { admin: 'changeme' } }))\n", path: 'src/server.js' },
    // Test support beside the code: factories, mocks, test utilities.
    { code: 'def make_user():\n    return User.objects.create_user(email="qa@example.com", password="Qa-Str0ng!pass")\n\n\nAPI_TOKEN = "a8Kd93Lm2Qx7Zp4Rt6Vw"\n', path: 'accounts/factories.py' },
    { code: "export const API_TOKEN = 'a8Kd93Lm2Qx7Zp4Rt6Vw'\n", path: 'src/mocks/handlers.ts' },
    { code: "export const user = { email: 'qa@example.com', password: 'Qa-Str0ng!pass' }\n", path: 'src/test-utils.tsx' },
    // A token contract's address is public.
    "export const USDC_TOKEN = '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48'\n",
    // Names of secret-store entries under secret-named variables.
    "const dbSecret = 'db-credentials'\nconst webhookSecret = 'stripe-webhook-secrets'\n",
    // Browser analytics SDKs' project tokens ship in every page.
    "const PUSHER_APP_KEY = 'a1b2c3d4e5f6a7b8c9d0'\n",
    "const MIXPANEL_TOKEN = '7c1e4f9a2b8d3065e4f1a9c2b7d5e830'\ndatadogRum.init({ clientToken: 'pub8c1e4f7a2b9d06e3f5a8c2b7d1e4f9a3' })\nconst amplitudeApiKey = 'f3a9c1e7b5d2048a6c3e9f1b7d5a2c8e'\n",
    // A setter given a reference, a placeholder, a public key, or a setter named for something else.
    "sgMail.setApiKey(process.env.SENDGRID_API_KEY)\nclient.setToken('<your token>')\nmaps.setPublicKey('pk_8c1e4f7a2b9d06e3f5a8c2')\nform.setTitle('a8Kd93Lm2Qx7Zp4Rt6Vw')\n",
    // Translation catalogues.
    { code: '{ "password": "Contraseña", "secret": "Secreto" }\n', path: 'src/locales/es.json' },
    // Storage and message keys with a version tag, and store paths naming where the secret is kept.
    "export const STORAGE = { accessToken: 'acme.auth.accessToken.v3', idToken: '@acme/auth:id-token:v2' }\n",
    { code: 'REVOKED_TOKENS_KEY = "orders:auth:revoked-tokens:v3"\nSESSION_KEY_PREFIX = "orders:session:v2:"\n', path: 'app/celeryconfig.py' },
    { code: "const SOURCES = { jwtSecret: 'projects/acme-prod/secrets/jwt-signing-key/versions/4' }\n", path: 'src/server/config.ts' },
    { code: 'vault_secret: str = "secret/data/orders/prod#stripe_secret_key"\n', path: 'app/settings.py' },
    // Werkzeug password hashes; built asset names.
    { code: 'admin = {"password": "scrypt:32768:8:1$S3gYQuae2m0EZLNr$b174e4feeb4cad62da24785223f04c09"}\nlegacy = {"password": "pbkdf2:sha256:600000$Lu87dtUFEfsOkH$3e1974b0cb85a9f98744d0507abf8be0"}\n', path: 'migrations/versions/5d41_admin.py' },
    "export const PRECACHE = { 'reset-password': 'reset-password.5d41402a.chunk.js', 'session-token': 'session-token.a9b3aa91.chunk.css' }\n",
    // Tables named for ids, codes and hashes; a ternary between two message ids; an enum value that spells its name.
    "const TEMPLATES = {\n  WELCOME: 'd-f3018aaf0c87a7c4ee146e44527c2fee',\n  RESET_PASSWORD: 'd-07e2d09cc6ff5540597d714e4448454d',\n}\n",
    "export const LEGACY_CODES = {\n  invalidToken: 'E401-017',\n  wrongPassword: 'E403-002',\n} as const\n",
    { code: 'PAGING_ERRORS = {\n    "invalid_api_key": "PAY-AUTH-403",\n}\n', path: 'app/ops/alerts.py' },
    "export const i18nKeys = {\n  apiToken: 'settings.tokens.api_token_label_2fa',\n  secret: 'settings.webhooks.signing_secret',\n}\n",
    "setError(t(err.code === 'AUTH_WRONG_PASSWORD' ? 'login.errors.wrong_password' : 'login.errors.generic'))\n",
    { code: 'class TokenKind(str, Enum):\n    WEBHOOK_SECRET = "webhook_secret"\n', path: 'app/api/schemas.py' },
    // Front-end client keys (Adyen, Unleash) identify the account to the browser SDK.
    "const checkout = await AdyenCheckout({ environment: 'live', clientKey: 'live_7QW3ZGX2HRFNLKPYBM4C5D6TJVA8E1SU' })\n",
    // Story args and test tokens whose random part, after the kind prefix, is short.
    { code: "export const JustCreated = { args: { token: 'acme_pat_7Fq2KxL9mW3pR8tZ4vN6' } }\n", path: 'src/components/TokenReveal.stories.tsx' },
    { code: 'token = "acme_pat_Xq8vT2mK9pL4wR7zN1bC6yH3"\n', path: 'tests/api/test_tokens.py' },
    // An Algolia client that only searches holds the search-only key InstantSearch ships to the browser.
    {
      code: "const searchClient = algoliasearch('K7Q2M9XZ3L', '3f9c2a7e1b4d6f8a0c5e21b7d94a6e3c')\nconst { hits } = await searchClient.initIndex('products').search(query)\n",
      path: 'src/search.js',
    },
    // Templates say how to make the value instead of holding one.
    "const TEMPLATE = {\n  SESSION_SECRET: 'generate-with-openssl-rand-hex-32',\n  JWT_SECRET: 'paste-your-signing-key-here',\n  COOKIE_SECRET: 'set-me-in-vault',\n}\n",
  ],
  invalid: [
    // A file that writes to the index builds its Algolia client with a key that has write rights.
    {
      code: "const client = algoliasearch('K7Q2M9XZ3L', 'b5c0e9f2d1a8b7c64f8a2c9e1b7d43a6')\nconst index = client.initIndex('products')\nawait index.saveObjects(records)\n",
      path: 'scripts/reindex.js',
      findings: [{ line: 1, message: /write to the index/ }],
    },
    {
      code: "import { algoliasearch } from 'algoliasearch'\nconst client = algoliasearch('K7Q2M9XZ3L', 'b5c0e9f2d1a8b7c64f8a2c9e1b7d43a6')\nawait client.setSettings({ indexName: 'products', indexSettings: { searchableAttributes: ['name'] } })\n",
      path: 'src/jobs/algolia.ts',
      findings: [{ line: 2 }],
    },
    // A real-looking value that starts with a verb is still a value.
    { code: "const SESSION_SECRET = 'set9Xq2LmRt7Wn4Bp8Yc1Hf6'\n", path: 'src/session.js', findings: [{ line: 1 }] },
    // A schema default that is a generated value, not a stand-in, is the secret itself.
    { code: "const schema = z.object({ SESSION_SECRET: z.string().min(32).default('Zq8vK2mN7pR4tX9wB3cF6hJ1sD5gL0aE') })\n", path: 'src/env.ts', findings: [{ line: 1 }] },
    // A search service's admin key beside its search-only twin is a secret.
    { code: "export const ALGOLIA = { appId: 'K7Q2M9XZ3L', adminApiKey: '1f3e5d7c9b2a4f6e8d0c2b4a6f8e0d2c' }\n", findings: [{ line: 1 }] },
    // The same word as the account's name is that account's default credential, not a category.
    { code: "const db = {\n  host: 'db.internal',\n  username: 'warehouse',\n  password: 'warehouse',\n}\n", path: 'src/config/db.js', findings: [{ line: 4 }] },
    // Nobody else in the table holds the value.
    { code: "const keyGroupMapper = {\n  title: 'site',\n  password: 'marigold',\n}\n", path: 'src/settings/mapper.js', findings: [{ line: 3 }] },
    { code: 'def check_admin(password):\n    if password == "S3cr3tAdm1n!":\n        return True', path: 'app/admin/auth.py', findings: [{ line: 2, message: /checked against a hard-coded password/ }] },
    { code: "export const isOperator = (pass: string) => pass === 'Tr0ub4dor&3'", path: 'src/operator.ts', findings: [{ line: 1 }] },
    // A real-looking fallback of an environment read ships with the code.
    { code: 'SECRET_KEY = os.getenv("DJANGO_SECRET_KEY", "x7#q2v!m9k$w4z@p8r^t6y&u1i*o3e5n0b")\n', path: 'shop/settings/production.py', findings: [{ line: 1, message: /`SECRET_KEY`/ }] },
    { code: 'app.config["SECRET_KEY"] = os.environ.get("SECRET_KEY") or "9d4e1f7a2b8c3e6d0f5a1b7c4e8d2f6a"\n', path: 'billing/app.py', findings: [{ line: 1 }] },
    { code: 'PAYPAL_SECRET = env.str("PAYPAL_SECRET", default="EOb7Xr2kQ9mV4nL8pT1wZ6yB3cF5hJ0s")\n', path: 'billing/settings.py', findings: [{ line: 1 }] },
    { code: "module.exports = {\n  auth: {\n    jwtSecret: process.env.JWT_SECRET ?? 'e3b9c7a14f2d8e60b5a9c3d1f7e24b86',\n  },\n}\n", findings: [{ line: 3, message: /`jwtSecret`/ }] },
    { code: "const env = z.object({\n  NEXTAUTH_SECRET: z.string().default('Zq8vR3kL1mN7pX4tW9yB2cF6hJ0sD5gA'),\n})\n", path: 'src/env.ts', findings: [{ line: 2 }] },
    { code: "const secret = this.config.get('SESSION_SECRET', 'a8F3kQ9zL2mX7vR4')\n", path: 'src/app.service.ts', findings: [{ line: 1 }] },
    { code: "const adminToken = configService.get<string>('ADMIN_TOKEN', 'Zx9vQ2mLr7pKw5tY0sB3nC8d')\n", path: 'src/admin/admin.service.ts', findings: [{ line: 1, message: /`adminToken`/ }] },
    // A secret is not made public by a public prefix, nor a random value by a stand-in word.
    { code: "const apiSecret = import.meta.env.VITE_API_SECRET ?? 'q7Lm2xR9vK4tW8zP3nB6'\n", path: 'src/api.ts', findings: [{ line: 1 }] },
    { code: 'db_password = os.getenv("DB_PASSWORD", "local-Xk9vQ2mLr7pKw5")\n', path: 'app/db.py', findings: [{ line: 1 }] },
    { code: "passport.use(new JwtStrategy({ secretOrKey: 'a8F3kQ9zL2mX7vR4tW1y', jwtFromRequest }, verify))\n", path: 'src/auth/jwt.js', findings: [{ line: 1, message: /`secretOrKey`/ }] },
    { code: 'FERNET = Fernet(b"3q2-7wEjlT9xX0o1Hw1gK8p5vB6nQ4rS2tU8yZ0aC1E=")\n', path: 'vault/fields.py', findings: [{ line: 1, message: /cipher's key/ }] },
    // A phrase under a name that only ever holds the key is the key, and a guessable one.
    { code: 'app.config["SECRET_KEY"] = "super-secret-key"\n', path: 'shop/app.py', findings: [{ line: 1, message: /`SECRET_KEY`/ }] },
    { code: "const token = jwt.sign(claims, process.env.JWT_SECRET || 'my_jwt_secret_2024')\n", path: 'src/auth.js', findings: [{ line: 1 }] },
    // Secrets copied from library documentation are in every cracking word list.
    // A development marker does not make a random value a stand-in.
    { code: "const sessionSecret = process.env.SESSION_SECRET ?? 'dev-only-8c1f2e9d7b6a5f4e3d2c1b0a'\n", findings: [{ line: 1 }] },
    { code: "env.AUTH_SECRET = 'development_Qm8vX2kLp9RtW4zN7bYc'\n", path: 'src/env.ts', findings: [{ line: 1 }] },
    // Cookie signing key lists.
    { code: "const app = new Koa()\napp.keys = ['koa-signing-4f8a2c9e1b7d3f6a']\n", path: 'src/app.js', findings: [{ line: 2, message: /signing keys/ }] },
    { code: "  cookie: {\n    secrets: ['r3m1x-s3ss10n-k8Hq2vL9'],\n  },\n", path: 'app/sessions.server.ts', findings: [{ line: 2 }] },
    { code: "app.use(cookieSession({ name: 'session', keys: ['c00k1e-k3y-9f8a7c6b5d'] }))\n", path: 'src/server.js', findings: [{ line: 1 }] },
    // A client's setter names what its only argument is.
    { code: "sgMail.setApiKey('SG.q8Vt2mXw9Lr4zN7bJ1cF6dS0yG5hP3aZr8Tq2Vx5Nm1')\n", path: 'src/mail.js', findings: [{ line: 1, message: /`setApiKey` is given a hard-coded secret/ }] },
    { code: 'api.set_access_token("Zx9vQ2mLr7pKw5tY0sB3nC8d")\n', path: 'app/sync.py', findings: [{ line: 1 }] },
    // A user and a literal password by position.
    { code: 'smtp.login("alerts@example.com", "Alert$Mail2024")\n', path: 'app/alerts.py', findings: [{ line: 1, message: /hard-coded password/ }] },
    { code: 'resp = requests.get(url, auth=HTTPBasicAuth("reports", "R3p0rts!Basic#7"))\n', path: 'app/reports.py', findings: [{ line: 1 }] },
    // pika's broker login: user and password by position
    { code: 'credentials = pika.PlainCredentials("billing", "Rb7!kQ2vXm9Lw4Tz")\n', path: 'billing/clients.py', findings: [{ line: 1 }] },
    // Key bytes built from a literal.
    { code: "const secret = new TextEncoder().encode('c2VjcmV0LWtleS1mb3ItbWFnaWMtbGlua3M')\n", path: 'src/lib/auth.ts', findings: [{ line: 1, message: /`secret`/ }] },
    { code: "const signingKey = Buffer.from('9d4e1f7a2b8c3e6d0f5a1b7c4e8d2f6a', 'hex')\n", path: 'src/lib/sign.js', findings: [{ line: 1 }] },
    { code: "const FALLBACK = process.env.SIGNING_SECRET || 'Hq7vR2kL9mN4pX8tW1yB6cF3'\n", findings: [{ line: 1, message: /fallback for `SIGNING_SECRET`/ }] },
    { code: "return jwt.sign({ sub: user.id }, process.env.JWT_SECRET || 'x7F2kQ9mV4nL8pT1wZ6yB3c', { expiresIn: '1h' })\n", path: 'src/auth.js', findings: [{ line: 1 }] },
    { code: 'SIGNING = os.environ.get("WEBHOOK_SECRET") or "f3a9c1e7b5d2048a6c3e9f1b"\n', path: 'hooks/sign.py', findings: [{ line: 1 }] },
    { code: 'class Settings(BaseSettings):\n    jwt_secret: SecretStr = SecretStr("a7Kq2Lm9Xv4Tb7Nc1Wp3Zr8")\n', path: 'app/config.py', findings: [{ line: 2 }] },
    { code: "app.use(session({\n  secret: process.env.SESSION_SECRET ?? 'keyboard cat',\n  resave: false,\n}))\n", findings: [{ line: 2 }] },
    {
      code: 'DB_PASSWORD = "Tr0ub4dor&3x"\n',
      path: 'settings.py',
      findings: [
        {
          line: 1,
          severity: 'major',
          message: '`DB_PASSWORD` is assigned a hard-coded password (`Tr0…(12 chars)`); anyone who can read the repository has it.',
          suggestion: /os\.environ\["DB_PASSWORD"\]/,
        },
      ],
    },
    {
      code: "const client = new Client({\n  apiKey: '9f8a7c6b5d4e3f2a1b0c9d8e7f6a5b4c',\n})\n",
      findings: [{ line: 2, message: /`apiKey` is assigned a hard-coded secret \(`9f8a…\(32 chars\)`\)/, suggestion: /process\.env\.API_KEY/ }],
    },
    { code: "SECRET_KEY = 'django-insecure-q8#v2m!x7@kd9z$w3r^p1l&t5n*b6c0f'\n", path: 'mysite/settings.py', findings: [{ line: 1, message: /`SECRET_KEY`/ }] },
    { code: 'spring.datasource.password=Sup3rS3cr3t!\n', path: 'src/main/resources/application.properties', findings: [{ line: 1, message: /`spring\.datasource\.password`/ }] },
    { code: '[database]\npassword = "k9#Lm2$xQ7vR"\n', path: 'config.toml', findings: [{ line: 2 }] },
    { code: "$config['db_password'] = 'N0tS0S3cret!';\n", path: 'config.php', findings: [{ line: 1, suggestion: /getenv\('DB_PASSWORD'\)/ }] },
    { code: 'class Settings(BaseSettings):\n    jwt_secret: str = "f3a9c1e7b5d2048a6c3e9f1b7d5a2c8e"\n', path: 'app/config.py', findings: [{ line: 2, message: /`jwt_secret`/ }] },
    {
      code: 'headers = {"Authorization": "Bearer 7f4c9a2e1b8d6f3a5c0e9b7d2a4f6c8e1b3d5f7a"}\n',
      path: 'client.py',
      findings: [{ line: 1, message: /Hard-coded `Authorization` header credential \(`7f4c…\(40 chars\)`\)/ }],
    },
    // A key shaped like a generated production credential in a test file is still a real key.
    { code: 'STRIPE_WEBHOOK_SECRET = "a8Kd93Lm2Qx7Zp4Rt6Vw1Ny5Hq0Bc2Xe9Tf"\n', path: 'tests/test_webhooks.py', findings: [{ line: 1 }] },
    { code: '# api_key = "Zr8Kq2Lm9Xv4Tb7Nc1Wp6Hs3Jd5Fe0Y"\n', path: 'client.py', findings: [{ line: 1 }] },
    { code: 'mysql -u root --password=Sup3rS3cr3t! app < dump.sql\n', path: 'scripts/restore.sh', findings: [{ line: 1, message: /`password` is assigned a hard-coded password/, suggestion: /\$\{PASSWORD\}/ }] },
    {
      code: "const res = await fetch('https://api.example.com/v1/search?q=x&api_key=9f8a7c6b5d4e3f2a1b0c')\n",
      findings: [{ line: 1, message: /URL query parameter `api_key` carries a hard-coded credential \(`9f8a…\(20 chars\)`\)/, suggestion: /header/ }],
    },
    // A closed example bracket above does not enclose the value, and a random production credential inside an example is still one.
    { code: 'EXAMPLES = {"login": {"password": "x"}}\nSMTP_PASSWORD = "Alert$Mail2024"\n', path: 'app/settings.py', findings: [{ line: 2 }] },
    { code: 'SAMPLE_CONFIG = {\n    "api_key": "Zr8Kq2Lm9Xv4Tb7Nc1Wp6Hs3Jd5Fe0Yq",\n}\n', path: 'app/docs.py', findings: [{ line: 2 }] },
    { code: 'settings = {\n    "examples_enabled": True,\n    "password": "Sup3r-S3cret!pw",\n}\n', path: 'app/settings.py', findings: [{ line: 3 }] },
    // A passphrase is still the key when it does not name a bundle; Pusher's secret half is secret.
    { code: "const sessionSecret = 'tally-session-signing'\nconst PUSHER_SECRET = 'f3a9c1e7b5d2048a6c3e'\n", path: 'src/server.js', findings: [{ line: 1 }, { line: 2 }] },
    // A long value a formatter moved to the next line is reported on the line that names it.
    { code: 'SECRET_KEY = (\n    "x7#q2v!m9k$w4z@p8r^t6y&u1i*o3e5n0b"\n)\n', path: 'shop/settings.py', findings: [{ line: 1, message: /`SECRET_KEY`/ }] },
    { code: "export const JWT_SECRET: string =\n  'Zq8vR3kL1mN7pX4tW9yB2cF6hJ0sD5gA';\nexport const API_KEY = // billing\n  '9f8a7c6b5d4e3f2a1b0c9d8e7f6a5b4c';\n", path: 'src/config.ts', findings: [{ line: 1 }, { line: 3 }] },
    // Passwords by position: express-basic-auth's user list, a Basic header built from a literal, a Twilio client's auth token.
    { code: "app.use('/admin', basicAuth({ users: { admin: 'Adm1n!Pr0d-2024' }, challenge: true }))\n", path: 'src/server.js', findings: [{ line: 1, message: /basic-auth user list/ }] },
    { code: "const headers = { Authorization: 'Basic ' + Buffer.from('reports:R3p0rts!Basic#7').toString('base64') }\n", path: 'src/reports.ts', findings: [{ line: 1, message: /Basic/ }] },
    { code: 'headers = {"Authorization": "Basic " + base64.b64encode(b"svc:Sv3rv1ce-P4ss").decode()}\n', path: 'app/client.py', findings: [{ line: 1 }] },
    { code: "const sms = twilio('AC3f9a1c7e5b2d8064a9c1e7f3b5d20486', '7c1e4f9a2b8d3065e4f1a9c2b7d5e830')\n", path: 'src/sms.ts', findings: [{ line: 1, message: /Twilio/ }] },
    // Keys named for what they encrypt.
    { code: "export const ENC_KEY = 'my32lengthsupersecretnooneknows1'\nexport const TOTP_KEY = 'JBSWY3DPEHPK3PXPJBSWY3DP'\n", path: 'src/crypto.ts', findings: [{ line: 1 }, { line: 2 }] },
    // A generated-looking production key in test support is still a real key; a module merely named like one is not test support.
    { code: 'STRIPE_WEBHOOK_SECRET = "a8Kd93Lm2Qx7Zp4Rt6Vw1Ny5Hq0Bc2Xe9Tf"\n', path: 'accounts/factories.py', findings: [{ line: 1 }] },
    { code: "export const API_TOKEN = 'a8Kd93Lm2Qx7Zp4Rt6Vw'\n", path: 'src/mockingbird/client.ts', findings: [{ line: 1 }] },
    // A wallet's private key is 64 hex digits.
    { code: "const SIGNER_PRIVATE_KEY = '0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318'\n", path: 'src/chain.ts', findings: [{ line: 1 }] },
    // Back-office keys of analytics SDKs read and change data.
    { code: "const POSTHOG_PERSONAL_API_KEY = 'Zr8Kq2Lm9Xv4Tb7Nc1Wp6Hs3Jd5Fe0Yq'\nconst MIXPANEL_API_SECRET = '7c1e4f9a2b8d3065e4f1a9c2b7d5e830'\n", findings: [{ line: 1 }, { line: 2 }] },
    // Rails-style token authentication, with the quotes escaped inside the header string.
    { code: 'headers = {"Authorization": "Token token=\\"8c1e4f7a2b9d06e3f5a8c2b7d1e4f9a3\\""}\n', path: 'integrations/tax.py', findings: [{ line: 1, message: /Authorization/ }] },
    { code: "const transport = nodemailer.createTransport({ auth: { user: 'bot@acme.io', pass: 'Sup3rS3cret!' } })\n", findings: [{ line: 1, message: /`pass` is assigned a hard-coded password/ }] },
    // A version tag does not make a random value a key name; a store path has lower-case segments, a key mixes cases.
    { code: "const apiToken = 'Zq8vR3kL1mN7pX4tW9yB.v2'\nconst awsSecret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYz8Kq2Lm9Xv'\n", path: 'src/config.ts', findings: [{ line: 1 }, { line: 2 }] },
    // A generated-looking credential in a table named for codes is still one; the table's name must enclose it.
    { code: "const PARTNER_CODES = {\n  acmeApiKey: 'Zr8Kq2Lm9Xv4Tb7Nc1Wp6Hs3Jd5Fe0Yq',\n}\n", path: 'src/partners.ts', findings: [{ line: 2 }] },
    { code: "const config = {\n  errors: { retry: 3 },\n  apiKey: '9f8a7c6b5d4e3f2a1b0c9d8e7f6a5b4c',\n}\n", path: 'src/client.ts', findings: [{ line: 3 }] },
    // A client secret is no client key; a value merely starting with the name's words is not its name.
    { code: "const adyen = { clientSecret: 'Zq8vR3kL1mN7pX4tW9yB2cF6' }\nconst WEBHOOK_SECRET = 'webhook_secret_8Kq2Lm9Xv4Tb'\n", path: 'src/pay.ts', findings: [{ line: 1 }, { line: 2 }] },
    // In a test, a prefixed token whose random part is generated-length is a real key.
    { code: 'token = "acme_pat_Xq8vT2mK9pL4wR7zN1bC6yH3sD5fJ0gA2eU8"\n', path: 'tests/api/test_tokens.py', findings: [{ line: 1 }] },
  ],
})

// A password passed by position after other literals: Sequelize's (database, user, password) and an LDAP bind DN's.
testRule(hardcodedSecret, {
  valid: [
    { code: "const sequelize = new Sequelize(process.env.DB_NAME, process.env.DB_USER, process.env.DB_PASSWORD, { dialect: 'postgres' })\n", path: 'src/db.js' },
    { code: "const sequelize = new Sequelize('shop', 'postgres', 'postgres', { host: 'localhost', dialect: 'postgres' })\n", path: 'src/db.js' },
    { code: "client.bind('cn=svc,dc=example,dc=com', process.env.LDAP_PASSWORD, done)\nconst onClick = this.handle.bind(this, 'save')\n", path: 'src/ldap.js' },
  ],
  invalid: [
    { code: "const sequelize = new Sequelize('shop', 'shop_app', 'Tr7kLq2pXv9mWz4N', {\n  host: 'db.internal',\n})\n", path: 'src/db.js', findings: [{ line: 1, message: /database and user name/ }] },
    { code: "client.bind('cn=svc-portal,ou=services,dc=example,dc=io', 'Ld4p!Portal#2024', (err) => done(err))\n", path: 'src/ldap.js', findings: [{ line: 1, message: /bind DN/ }] },
    { code: "await client.bind('uid=reader,ou=apps,dc=corp,dc=example', 'Xq8vT2mK9pL4wR7z')\n", path: 'src/ldap.ts', findings: [{ line: 1 }] },
  ],
})
