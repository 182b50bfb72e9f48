/**
 * A seeded generator of realistic multi-language changesets for the engine benchmark: Python,
 * TypeScript, JavaScript, Go, YAML (workflows and manifests) and Dockerfiles, new and modified
 * files with context and removed lines, mostly clean code with a sprinkling of lines that real
 * rules flag. The same seed always gives the same corpus.
 */
import type { ReviewInputFile } from '../src/review/types'

export interface Corpus {
  inputs: ReviewInputFile[]
  /** Every file's diff concatenated, as `git diff` would print it. */
  text: string
  addedLines: number
}

type Kind = 'python' | 'typescript' | 'javascript' | 'go' | 'yaml' | 'workflow' | 'dockerfile'

/** mulberry32 */
function seeded(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const NOUNS = ['user', 'order', 'invoice', 'session', 'payment', 'report', 'account', 'item', 'token', 'job', 'event', 'cart']
const VERBS = ['load', 'save', 'update', 'delete', 'sync', 'render', 'check', 'build', 'fetch', 'apply']

const CLEAN: Record<Kind, string[]> = {
  python: [
    'def {verb}_{noun}(request, {noun}_id):',
    '    """Return the {noun} for the current user."""',
    '    {noun} = {Noun}Service(db).{verb}({noun}_id)',
    '    if {noun} is None:',
    '        raise NotFound("{noun} %s" % {noun}_id)',
    '    logger.info("processed %s", {noun}_id)',
    '    for entry in {noun}.entries:',
    '        total += entry.amount',
    '    return {"status": "ok", "{noun}": {noun}.to_dict()}',
    'from app.{noun} import {Noun}Service',
    'class {Noun}Repository(BaseRepository):',
    '    def __init__(self, db, cache=None):',
    '        self.cache = cache or {}',
    '    cursor.execute("SELECT id FROM {noun} WHERE id = %s", ({noun}_id,))',
    '',
  ],
  typescript: [
    'export async function {verb}{Noun}(id: string): Promise<{Noun} | undefined> {',
    '  const row = await db.select().from({noun}s).where(eq({noun}s.id, id)).get()',
    "  if (!row) throw new ApiError(404, 'not_found', `{noun} ${id} not found`)",
    '  return to{Noun}Json(row)',
    '}',
    "import { {Noun}Schema } from './schemas'",
    '  for (const entry of {noun}.entries) total += entry.amount',
    "  const parsed = {Noun}Schema.safeParse(await c.req.json())",
    '  return c.json({ {noun}: parsed.data }, 200)',
    'export interface {Noun} { id: string; createdAt: string; amount: number }',
    '',
  ],
  javascript: [
    'export function {verb}{Noun}(list, options = {}) {',
    '  const result = list.filter((x) => x.active && x.{noun}Id === options.id)',
    "  if (result.length === 0) return null",
    '  return result.map((x) => ({ id: x.id, total: x.amount * 100 }))',
    '}',
    "import { format } from './format.js'",
    "  document.querySelector('#{noun}').textContent = format(total)",
    '  await fetch(`/api/{noun}s/${id}`, { method: "POST", body: JSON.stringify(payload) })',
    '',
  ],
  go: [
    'func (s *{Noun}Service) {Verb}(ctx context.Context, id string) (*{Noun}, error) {',
    '\trow := s.db.QueryRowContext(ctx, "SELECT id, amount FROM {noun}s WHERE id = $1", id)',
    '\tif err := row.Scan(&out.ID, &out.Amount); err != nil {',
    '\t\treturn nil, fmt.Errorf("{verb} {noun} %s: %w", id, err)',
    '\t}',
    '\treturn &out, nil',
    '}',
    '\tfor _, entry := range {noun}.Entries {',
    '\t\ttotal += entry.Amount',
    'type {Noun} struct {',
    '\tID     string `json:"id"`',
    '',
  ],
  yaml: [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: {noun}-service',
    'spec:',
    '  replicas: 3',
    '      containers:',
    '        - name: {noun}',
    '          image: registry.example.com/{noun}:1.4.2',
    '          resources:',
    '            limits: { cpu: 500m, memory: 256Mi }',
  ],
  workflow: [
    'name: {noun} ci',
    'on:',
    '  pull_request:',
    'jobs:',
    '  test:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - uses: actions/setup-node@v4',
    '        with: { node-version: 20 }',
    '      - run: npm ci',
    '      - run: npm test',
  ],
  dockerfile: [
    'FROM node:20-alpine AS build',
    'WORKDIR /app',
    'COPY package*.json ./',
    'RUN npm ci --omit=dev',
    'COPY . .',
    'RUN npm run build',
    'USER node',
    'EXPOSE 8080',
    'CMD ["node", "dist/index.js"]',
  ],
}

const FLAGGED: Record<Kind, string[]> = {
  python: [
    '    cursor.execute(f"SELECT * FROM {noun} WHERE id = {{noun}_id}")',
    '    subprocess.call("convert " + filename, shell=True)',
    '    password = "hunter2-{noun}"',
    '    digest = hashlib.md5(password.encode()).hexdigest()',
    '    requests.get(url, verify=False)',
    '    except:',
    '    # TODO: handle the {noun} edge case',
    '    print("debug", {noun})',
    '    token = str(random.random())',
    '    data = pickle.loads(request.body)',
    '    config = yaml.load(stream)',
    '    result = eval(expression)',
    'AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"',
  ],
  typescript: [
    '  const rows = await db.query(`SELECT * FROM {noun}s WHERE id = ${id}`)',
    '  const value = eval(input)',
    '  el.innerHTML = userInput',
    "  console.log('debug', {noun})",
    '  if ({noun} == null) return',
    "  const apiKey = 'sk_live_4eC39HqLyjWDarjtT1zdp7dc'",
    '  // TODO: remove before launch',
    '  fetch(url).then((r) => r.json())',
    '  const n = parseInt(raw)',
    "  const hash = crypto.createHash('md5').update(password).digest('hex')",
    '  const id = Math.random().toString(36).slice(2)',
  ],
  javascript: [
    "  exec('rm -rf ' + dir)",
    '  const value = eval(input)',
    '  element.innerHTML = html',
    "  console.log('here', result)",
    '  if (x == undefined) return',
    '  new Function(body)()',
    '  // FIXME: this leaks',
  ],
  go: [
    '\tquery := "SELECT * FROM users WHERE name = \'" + name + "\'"',
    '\trows, _ := db.Query(fmt.Sprintf("SELECT * FROM t WHERE id = %s", id))',
    '\tInsecureSkipVerify: true,',
    '\tsum := md5.Sum(data)',
    '\tfmt.Println("debug", x)',
    '\tpassword := "hunter2"',
    '\tdefer f.Close()',
  ],
  yaml: ['          image: nginx:latest', '        securityContext: { privileged: true }', '  password: supersecret123'],
  workflow: [
    '      - run: echo "${{ github.event.pull_request.title }}"',
    '  pull_request_target:',
    '      - uses: some-org/some-action@main',
    '    permissions: write-all',
  ],
  dockerfile: [
    'FROM ubuntu:latest',
    'RUN curl -sSL https://get.example.com/install.sh | sh',
    'ENV API_KEY=sk_live_4eC39HqLyjWDarjtT1zdp7dc',
    'ADD https://example.com/tool.tar.gz /tmp/',
    'RUN apt-get update && apt-get install -y curl',
    'USER root',
    'RUN chmod 777 /app',
  ],
}

const KINDS: Array<[Kind, number]> = [
  ['python', 0.25],
  ['typescript', 0.25],
  ['javascript', 0.15],
  ['go', 0.15],
  ['yaml', 0.08],
  ['workflow', 0.06],
  ['dockerfile', 0.06],
]

const FLAGGED_SHARE = 0.04

function pathFor(kind: Kind, noun: string, verb: string, n: number, random: () => number): string {
  const test = random() < 0.12
  switch (kind) {
    case 'python':
      return test ? `tests/test_${noun}_${n}.py` : `app/${noun}/${verb}_${noun}_${n}.py`
    case 'typescript':
      return test ? `test/${noun}-${n}.test.ts` : `src/${noun}/${verb}-${noun}-${n}.ts`
    case 'javascript':
      return `web/${noun}/${verb}-${n}.js`
    case 'go':
      return test ? `internal/${noun}/${noun}_${n}_test.go` : `internal/${noun}/${verb}_${n}.go`
    case 'yaml':
      return `deploy/${noun}-${n}.yaml`
    case 'workflow':
      return `.github/workflows/${noun}-${n}.yml`
    case 'dockerfile':
      return `services/${noun}-${n}/Dockerfile`
  }
}

export function generateCorpus(options: { seed: number; addedLines: number }): Corpus {
  const random = seeded(options.seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
  const fill = (template: string, noun: string, verb: string) =>
    template
      .replaceAll('{noun}', noun)
      .replaceAll('{Noun}', noun[0]!.toUpperCase() + noun.slice(1))
      .replaceAll('{verb}', verb)
      .replaceAll('{Verb}', verb[0]!.toUpperCase() + verb.slice(1))
  const inputs: ReviewInputFile[] = []
  let added = 0
  for (let n = 0; added < options.addedLines; n++) {
    let roll = random()
    const kind = KINDS.find(([, share]) => (roll -= share) < 0)?.[0] ?? 'python'
    const noun = pick(NOUNS)
    const verb = pick(VERBS)
    const path = pathFor(kind, noun, verb, n, random)
    const line = () => fill(random() < FLAGGED_SHARE ? pick(FLAGGED[kind]) : pick(CLEAN[kind]), noun, verb)
    const budget = Math.min(options.addedLines - added, 5 + Math.floor(random() * 120))
    const isNew = random() < 0.4
    const header = `diff --git a/${path} b/${path}\n${isNew ? 'new file mode 100644\nindex 0000000..1a2b3c4\n--- /dev/null' : `index 5d6e7f8..9a0b1c2 100644\n--- a/${path}`}\n+++ b/${path}\n`
    let body = ''
    if (isNew) {
      body = `@@ -0,0 +1,${budget} @@\n`
      for (let i = 0; i < budget; i++) body += `+${line()}\n`
    } else {
      // Several hunks, each with context around a run of changes.
      let left = budget
      let oldAt = 1 + Math.floor(random() * 40)
      let newAt = oldAt
      while (left > 0) {
        const adds = Math.min(left, 1 + Math.floor(random() * 25))
        const dels = Math.floor(random() * 4)
        const lines = [...Array.from({ length: 3 }, () => ` ${line()}`), ...Array.from({ length: dels }, () => `-${line()}`), ...Array.from({ length: adds }, () => `+${line()}`), ...Array.from({ length: 3 }, () => ` ${line()}`)]
        body += `@@ -${oldAt},${6 + dels} +${newAt},${6 + adds} @@ ${fill(CLEAN[kind][0]!, noun, verb)}\n${lines.join('\n')}\n`
        left -= adds
        const gap = 10 + Math.floor(random() * 60)
        oldAt += 6 + dels + gap
        newAt += 6 + adds + gap
      }
    }
    inputs.push({ path, diff: header + body })
    added += budget
  }
  return { inputs, text: inputs.map((i) => i.diff).join(''), addedLines: added }
}
