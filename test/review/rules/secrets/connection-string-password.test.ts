import { connectionStringPassword } from '../../../../src/review/rules/secrets/connection-string-password'
import { testRule } from '../../rule-tester'

// Split so the repository holds no contiguous credential URLs.
const PW = 'Vx7q2Lm' + 'Z9tRk4p'

testRule(connectionStringPassword, {
  valid: [
    // HTTP URLs with a port, templated credentials, or a user and no password.
    "const url = `https://${user}:${token}@github.com/acme/app.git`\nconst api = 'https://api.acme.io:8443/v1'\nconst anon = 'ftp://anonymous@ftp.acme.io/pub'\n",
    { code: 'DATABASE_URL = os.environ["DATABASE_URL"]\n', path: 'settings.py' },
    { code: 'url = f"postgresql://{user}:{password}@{host}:5432/{name}"\n', path: 'db.py' },
    'const url = `mongodb+srv://${user}:${process.env.MONGO_PASSWORD}@cluster0.mongodb.net/app`\n',
    { code: 'DATABASE_URL: postgres://postgres:postgres@db:5432/app\n', path: 'docker-compose.yml' },
    { code: 'Connect with `mongodb+srv://<username>:<password>@cluster0.mongodb.net`.\n', path: 'README.md' },
    { code: 'REDIS_URL=redis://user:@localhost:6379/0\nAMQP_URL=amqp://guest:guest@localhost:5672//\n', path: 'scripts/run.sh' },
    { code: 'engine = create_engine("mysql+pymysql://app:%s@db/app" % quote_plus(pw))\n', path: 'db.py' },
    // Low-entropy throwaway passwords in tests.
    { code: 'TEST_DB = "postgresql://tester:hunter2@localhost/test"\n', path: 'tests/conftest.py' },
    // Word-like passwords of a local development database.
    { code: 'DATABASE_URL = os.environ.get("DATABASE_URL", "postgresql://shop:shop_dev_pw@localhost:5432/shop")\nREDIS_URL = "redis://:devpassword@127.0.0.1:6379/0"\n', path: 'shop/settings.py' },
    'const docsUrl = "https://user:password@example.com"\n',
    { code: 'conn = pyodbc.connect("Server=db;Database=app;UID=app;PWD={pwd}")\n', path: 'db.py' },
    { code: '"Default": "Server=(localdb)\\\\mssqllocaldb;Database=app;Trusted_Connection=True;"\n', path: 'appsettings.json' },
    'const help = "Set password=<your password> in the config"\n',
    { code: 'conn = psycopg2.connect(host=host, user=user, password=db_password, dbname=name)\n', path: 'db.py' },
  ],
  invalid: [
    // Mail, file-transfer and HTTP URLs carry passwords the same way.
    { code: "export const smtpUrl = 'smtps://alerts%40acme.io:Sup3rS3cret!@smtp.acme.io:465'\n", path: 'src/mail.ts', findings: [{ line: 1, suggestion: /SMTP_URL/ }] },
    { code: 'FEED = "https://feeds:Fe3d-R3ad3r-2024@partner.example-feeds.com/v1/items.xml"\n', path: 'app/feeds.py', findings: [{ line: 1 }] },
    {
      code: `DATABASE_URL = "postgresql://billing:${PW}@db.prod.internal:5432/billing"\n`,
      path: 'settings.py',
      findings: [
        {
          line: 1,
          severity: 'critical',
          message: '`postgresql://billing:****@db.prod.internal` embeds a password (14 characters) in the connection string.',
          suggestion: /os\.environ\["DATABASE_URL"\]/,
        },
      ],
    },
    { code: `const client = new MongoClient('mongodb+srv://api:${PW}@cluster0.ab1cd.mongodb.net/prod')\n`, findings: [{ line: 1, message: /`mongodb\+srv:\/\/api:\*\*\*\*@cluster0\.ab1cd\.mongodb\.net`/, suggestion: /MONGODB_URI/ }] },
    { code: `  REDIS_URL: redis://:${PW}@cache.internal:6379/0\n`, path: 'k8s/deployment.yaml', findings: [{ line: 1, suggestion: /\$\{REDIS_URL\}/ }] },
    { code: `engine = create_engine("mysql+pymysql://app:${PW}@localhost/app")\n`, path: 'db.py', findings: [{ line: 1, severity: 'major', message: /local host/ }] },
    {
      code: `{ "ConnectionStrings": { "Default": "Server=sql.prod;Database=app;User Id=app;Password=${PW}!;" } }\n`,
      path: 'appsettings.json',
      findings: [{ line: 1, severity: 'critical', message: 'Connection string embeds a password (`Password=****`, 15 characters).', suggestion: /DATABASE_URL/ }],
    },
    { code: `db, err := sql.Open("postgres", "host=db.internal user=app password=${PW} dbname=app")\n`, path: 'store/db.go', findings: [{ line: 1, suggestion: /os\.Getenv\("DATABASE_URL"\)/ }] },
    { code: `BROKER = "amqps://worker:${PW}x9Q@mq.example.net/vhost"\n`, path: 'tests/test_worker.py', findings: [{ line: 1, severity: 'critical' }] },
  ],
})
