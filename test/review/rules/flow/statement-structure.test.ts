import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

// Statement-shape bugs in JavaScript and TypeScript: what is lost in `finally`, arrays walked
// while they shrink, and files written through a read-only descriptor.

testRule(registered('js/finally-control-flow'), {
  valid: [
    // a cleanup failure after a successful body is checked after the `try`
    'async function withLock(lock, fn) {\n  await lock.acquire()\n  try {\n    return await fn()\n  } finally {\n    lock.release()\n  }\n}',
    // a function made in `finally` may throw when it is called
    "try {\n  run()\n} finally {\n  const fail = () => { throw new Error('x') }\n  schedule(fail)\n}",
  ],
  invalid: [
    { code: "async function withLock(lock, fn) {\n  await lock.acquire()\n  try {\n    return await fn()\n  } finally {\n    if (!lock.release()) throw new Error('lock was not held')\n  }\n}", findings: [{ line: 6 }] },
  ],
})

testRule(registered('js/mutate-while-iterating'), {
  valid: [
    // the loop ends right after the removal, so nothing is skipped
    'function removeFirst(items, id) {\n  for (let i = 0; i < items.length; i++) {\n    if (items[i].id === id) {\n      items.splice(i, 1)\n      return true\n    }\n  }\n  return false\n}',
    'for (let i = 0; i < queue.length; i++) {\n  if (done(queue[i])) {\n    queue.splice(i, 1)\n    break\n  }\n}',
  ],
  invalid: [
    { code: 'for (let i = 0; i < queue.length; i++) {\n  if (done(queue[i])) queue.splice(i, 1)\n}', findings: [{ line: 2 }] },
    // in a callback `return` ends one call, not the walk
    'list.forEach((h, i) => {\n  if (h.once) {\n    list.splice(i, 1)\n    return\n  }\n  h.fn()\n})',
  ].map((c) => (typeof c === 'string' ? { code: c, findings: [{ line: 3 }] } : c)),
})

testRule(registered('js/write-to-readonly-file'), {
  valid: [
    "import { promises as fs } from 'node:fs'\nexport async function bump(file) {\n  const fh = await fs.open(file, 'r+')\n  await fh.write('x', 0)\n  await fh.close()\n}",
    "import fs from 'node:fs/promises'\nexport async function save(file, text) {\n  const fh = await fs.open(file, 'w')\n  await fh.writeFile(text)\n}",
    // reading through the handle is what it is for
    "import fs from 'node:fs/promises'\nexport async function load(file) {\n  const fh = await fs.open(file)\n  try {\n    return await fh.readFile('utf8')\n  } finally {\n    await fh.close()\n  }\n}",
    "const fs = require('fs')\nconst fd = fs.openSync(path, 'a')\nfs.writeSync(fd, line)",
  ],
  invalid: [
    { code: "import { promises as fs } from 'node:fs'\nexport async function bump(file) {\n  const fh = await fs.open(file)\n  const snap = JSON.parse(await fh.readFile('utf8'))\n  await fh.write(JSON.stringify(snap), 0)\n}", findings: [{ line: 5 }] },
    { code: "const fs = require('fs')\nconst fd = fs.openSync(path, 'r')\nfs.writeSync(fd, line)", findings: [{ line: 3 }] },
  ],
})

// Python: growing the collection being walked without a method call, and compressed files
// opened for reading.
testRule(registered('python/mutate-while-iterating'), {
  valid: [
    // the loop's own key replaces a value in place
    'def strip(settings: dict):\n    for key, value in settings.items():\n        settings[key] = value.strip()\n',
    // another mapping is written
    'def merge(base: dict, override: dict):\n    for section, values in override.items():\n        base[section] = values\n',
    // a list of unknown type: an index store does not change its size
    'def fill(slots, value):\n    for slot in slots:\n        slots[0] = value\n',
    // a string grows by rebinding, not in place
    'def pad(text):\n    for ch in text:\n        text += ch\n    return text\n',
  ],
  invalid: [
    { code: 'def normalise(settings: dict):\n    for key, value in settings.items():\n        settings[key.lower()] = value\n', findings: [{ line: 3 }] },
    { code: 'def expand(settings: dict, aliases):\n    for key in settings:\n        settings[aliases[key]] = settings[key]\n', findings: [{ line: 3 }] },
    { code: 'def close(roots: set, edges):\n    for node in roots:\n        roots |= edges[node]\n', findings: [{ line: 3 }] },
    { code: 'def grow(items):\n    for item in items:\n        items += [item.child]\n', findings: [{ line: 3 }] },
  ],
})

testRule(registered('python/write-to-readonly-file'), {
  valid: ['import gzip\ndef save(path, rows):\n    with gzip.open(path, "wt") as fh:\n        fh.write(rows)\n'],
  invalid: [{ code: 'import gzip\ndef mark(path, marker):\n    with gzip.open(path) as fh:\n        fh.write(marker)\n', findings: [{ line: 4 }] }],
})

testRule(registered('js/mutate-while-iterating'), {
  // a splice that puts elements back (reordering a block in place) does not skip the next one
  valid: ['for (let k = 0; k < ops.length; k++) {\n  const block = ops.slice(k, end)\n  ops.splice(k, block.length, ...sorted(block))\n  k = end - 1\n}'],
  invalid: [{ code: 'for (let k = 0; k < ops.length; k++) {\n  if (ops[k].dead) ops.splice(k, 1)\n}', findings: [{ line: 2 }] }],
})

testRule(registered('js/mutate-while-iterating'), {
  // `some` stops at the first `true`: the removal right before it ends the walk
  valid: ['function take(superset, elem) {\n  return superset.some(function (other, i) {\n    if (other !== elem) return false\n    superset.splice(i, 1)\n    return true\n  })\n}'],
  invalid: [{ code: 'function drop(list, dead) {\n  list.forEach((x, i) => {\n    if (dead(x)) {\n      list.splice(i, 1)\n      return true\n    }\n  })\n}', findings: [{ line: 4 }] }],
})

// The iterated collection under another name: a local bound to it before the loop is the same
// object, unless either name is rebound in the function (a copy, or the swap that hands the loop
// the old list while a fresh one fills).
testRule(registered('python/mutate-while-iterating'), {
  valid: [
    'class Q:\n    def drain(self):\n        pending = self.pending\n        self.pending = []\n        for job in pending:\n            if job.retry:\n                self.pending.append(job)\n',
    'class Q:\n    def drop(self, dead):\n        jobs = self.jobs\n        jobs = list(jobs)\n        for job in jobs:\n            if job in dead:\n                self.jobs.remove(job)\n',
    'class Q:\n    def drop(self, dead):\n        for job in self.jobs:\n            jobs = self.jobs\n            jobs.remove(job)\n            break\n',
  ],
  invalid: [
    { code: 'class Q:\n    def drop(self, dead):\n        waiting = self.waiting\n        for job in waiting:\n            if job in dead:\n                self.waiting.remove(job)\n', findings: [{ line: 6 }] },
    { code: 'class Leases:\n    def drop(self, worker):\n        leases = self.leases\n        for key, lease in leases.items():\n            if lease.worker == worker:\n                self.leases.pop(key)\n', findings: [{ line: 6 }] },
    { code: 'def prune(registry):\n    entries = registry.entries\n    for key in registry.entries:\n        del entries[key]\n', findings: [{ line: 4 }] },
  ],
})

testRule(registered('js/mutate-while-iterating'), {
  valid: [
    'class Q {\n  drain() {\n    const pending = this.pending\n    this.pending = []\n    for (const job of pending) {\n      if (job.retry) this.pending.splice(0, 0, job)\n    }\n  }\n}',
    'class Q {\n  drop(dead) {\n    const jobs = [...this.jobs]\n    for (const job of jobs) {\n      if (dead.has(job)) this.jobs.splice(this.jobs.indexOf(job), 1)\n    }\n  }\n}',
  ],
  invalid: [
    { code: 'class Q {\n  take(n) {\n    const waiting = this.waiting\n    for (const job of waiting) {\n      if (n-- <= 0) break\n      this.waiting.shift()\n    }\n  }\n}', findings: [{ line: 6 }] },
    { code: 'class Cache {\n  evict(count) {\n    const oldest = this.order\n    for (let i = 0; i < oldest.length; i++) {\n      if (i >= count) break\n      this.order.splice(i, 1)\n    }\n  }\n}', findings: [{ line: 6 }] },
  ],
})

// `fsp` and `fsPromises` name Node's promise API where the import sits outside the diff.
testRule(registered('js/write-to-readonly-file'), {
  valid: [
    'export async function save(file, text) {\n  const fh = await fsp.open(file, "w")\n  await fh.writeFile(text)\n}',
    // bound in the file to something else
    "const fsp = require('./blob-store')\nexport async function save(file, text) {\n  const fh = await fsp.open(file)\n  await fh.writeFile(text)\n}",
  ],
  invalid: [
    { code: 'export async function save(file, text) {\n  const fh = await fsp.open(file)\n  try {\n    await fh.writeFile(text)\n  } finally {\n    await fh.close()\n  }\n}', findings: [{ line: 4 }] },
    { code: 'export async function stamp(file) {\n  const handle = await fsPromises.open(file, "r")\n  await handle.write("x", 0)\n}', findings: [{ line: 3 }] },
  ],
})

// Synchronous file and child-process calls hold the event loop in a server's async code; startup
// code, synchronous functions and callbacks, scripts and tests are not reported.
testRule(registered('js/blocking-io-in-async'), {
  valid: [
    { code: "const fs = require('fs')\nconst WATERMARK = fs.readFileSync('watermark.png')\nrouter.get('/w', async (req, res) => res.send(WATERMARK))", path: 'src/routes/w.js' },
    { code: "const fs = require('fs')\nfunction manifest(dir) {\n  return fs.readdirSync(dir)\n}", path: 'src/manifest.js' },
    { code: "import { readFile } from 'node:fs/promises'\nexport async function render(name) {\n  return readFile(name, 'utf8')\n}", path: 'src/render.ts' },
    { code: "const fs = require('fs')\nasync function main() {\n  const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'))\n  await publish(pkg)\n}", path: 'scripts/release.js' },
    // a serverless handler serves one event per instance; a job's run() in a server file is not a request
    { code: "const { execSync } = require('child_process')\nexports.handler = async (event) => {\n  execSync(`convert /tmp/in.png /tmp/out.png`)\n}", path: 'functions/thumbnail/index.js' },
    { code: "const express = require('express')\nconst fs = require('fs')\nclass ExportJob {\n  async run(rows) {\n    fs.writeFileSync('/var/exports/out.csv', rows.join('\\n'))\n  }\n}\nmodule.exports = { ExportJob, router: express.Router() }", path: 'src/jobs/export.js' },
    { code: "const fs = require('fs')\nit('reads', async () => {\n  expect(fs.readFileSync('fixture.txt', 'utf8')).toBe('x')\n})", path: 'src/reader.test.js' },
  ],
  invalid: [
    { code: "const fs = require('fs')\nrouter.get('/cover/:id', async (req, res) => {\n  const album = await Album.findByPk(req.params.id)\n  res.send(fs.readFileSync(album.coverPath))\n})", path: 'src/routes/media.js', findings: [{ line: 4, severity: 'minor' }] },
    { code: "import { Injectable } from '@nestjs/common'\nimport { execFileSync } from 'node:child_process'\n@Injectable()\nexport class Thumbs {\n  async make(src: string) {\n    execFileSync('convert', [src, '-thumbnail', '320x240', `${src}.jpg`])\n  }\n}", path: 'src/media/thumbs.ts', findings: [{ line: 6, severity: 'major' }] },
    { code: "import type { NextApiRequest, NextApiResponse } from 'next'\nimport fs from 'node:fs'\nexport default async function handler(req: NextApiRequest, res: NextApiResponse) {\n  res.send(fs.readFileSync('templates/invoice.html', 'utf8'))\n}", path: 'pages/api/invoice.ts', findings: [{ line: 4 }] },
  ],
})

// A serialiser or print() given a handle opened for reading writes through it, as .write() does.
testRule(registered('python/write-to-readonly-file'), {
  valid: [
    'import json\ndef save(path, data):\n    with open(path, "w", encoding="utf-8") as fh:\n        json.dump(data, fh, indent=2)\n',
    'import json\ndef load(path):\n    with open(path) as fh:\n        return json.load(fh)\n',
    'import sys\ndef report(path, line):\n    with open(path) as fh:\n        print(fh.readline(), line, file=sys.stderr)\n',
    'import yaml\ndef save(path, data):\n    with path.open("w") as fh:\n        yaml.safe_dump(data, fh)\n',
  ],
  invalid: [
    { code: 'import json\ndef save(path, data):\n    with open(path) as fh:\n        json.dump(data, fh, indent=2)\n', findings: [{ line: 4 }] },
    { code: 'import yaml\ndef save(name, data):\n    target = CONFIG_DIR / f"{name}.yaml"\n    with target.open(encoding="utf-8") as fh:\n        yaml.safe_dump(data, stream=fh)\n', findings: [{ line: 5 }] },
    { code: 'import pickle\ndef save(path, model):\n    with open(path, "rb") as fh:\n        pickle.dump(model, fh)\n', findings: [{ line: 4 }] },
    { code: 'def log(path, line):\n    fh = open(path, "r")\n    print(line, file=fh)\n', findings: [{ line: 3 }] },
    { code: 'import codecs\ndef stamp(path, text):\n    with codecs.open(path, encoding="utf-8") as fh:\n        fh.write(text)\n', findings: [{ line: 4 }] },
  ],
})

// An array's entries()/keys()/values() iterator reads the live array; a Map's or Set's delete while
// iterating is allowed by the language.
testRule(registered('js/mutate-while-iterating'), {
  valid: [
    'function prune(cache) {\n  for (const [key, entry] of cache.entries()) {\n    if (entry.expired) cache.delete(key)\n  }\n}',
    'function prune(rows) {\n  for (const [i, row] of [...rows].entries()) {\n    if (row.dead) rows.splice(rows.indexOf(row), 1)\n  }\n}',
    'function prune(rows) {\n  for (const [key, row] of Object.entries(rows)) {\n    if (row.dead) delete rows[key]\n  }\n}',
  ],
  invalid: [{ code: 'function prune(rows) {\n  for (const [i, row] of rows.entries()) {\n    if (row.dead) rows.splice(i, 1)\n  }\n}', findings: [{ line: 3 }] }],
})

// A call to one of the file's own async functions, dropped as a statement inside async code.
testRule(registered('js/missing-await'), {
  valid: [
    // awaited, chained, marked void, stored and awaited later, returned
    'async function save(x) {\n  await db.save(x)\n}\nexport async function run(x) {\n  await save(x)\n  save(x).catch(report)\n  void save(x)\n  const p = save(x)\n  await p\n  return save(x)\n}',
    // a synchronous caller (an event handler starting background work) is another question
    'async function refresh() {\n  await cache.reload()\n}\nexport function onTick() {\n  refresh()\n}',
    // an async function that never awaits has finished when the call returns
    'async function go() {\n  location.assign("/")\n}\nexport async function done() {\n  go()\n}',
    // another class declares the name without async
    'class A {\n  async sync() {\n    await api.sync()\n  }\n}\nclass B {\n  sync() {\n    return 1\n  }\n  async run() {\n    this.sync()\n  }\n}',
    // an async generator returns an iterator
    'async function* pages() {\n  yield await api.page()\n}\nexport async function f() {\n  pages()\n}',
  ],
  invalid: [
    { code: 'async function reserve(order) {\n  await Stock.reserve(order.lines)\n}\nexport async function checkout(order) {\n  reserve(order)\n  await Payment.charge(order)\n}', findings: [{ line: 5, severity: 'major' }] },
    { code: 'export class Sync {\n  async upsert(r) {\n    await Contact.upsert(r)\n  }\n  async run(items) {\n    for (const r of items) {\n      this.upsert(r)\n    }\n  }\n}', findings: [{ line: 7 }] },
    { code: 'const warm = async (redis) => {\n  await redis.set("k", await load())\n}\nexport async function warmAll(redis) {\n  warm(redis)\n}', findings: [{ line: 5 }] },
  ],
})

// Library promises dropped the same way: Prisma writes (lazy: never sent), TypeORM Repository writes, fs.promises.
testRule(registered('js/missing-await'), {
  valid: [
    'export async function touch(prisma, id) {\n  await prisma.user.update({ where: { id }, data: { seenAt: new Date() } })\n}',
    'export function touchLater(prisma, id) {\n  prisma.user.update({ where: { id }, data: { seenAt: new Date() } })\n}',
    // a field that is no Repository
    'export class S {\n  constructor(private readonly cache: Map<string, number>) {}\n  async reset(key: string) {\n    this.cache.delete(key)\n  }\n}',
    'export async function canvas(ctx) {\n  ctx.save()\n  await draw(ctx)\n}',
  ],
  invalid: [
    { code: 'export async function touch(prisma, id) {\n  prisma.user.update({ where: { id }, data: { seenAt: new Date() } })\n}', findings: [{ line: 2, message: /never happens/ }] },
    { code: "import { InjectRepository } from '@nestjs/typeorm'\nexport class S {\n  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}\n  async markRead(id: string) {\n    this.users.update(id, { readAt: new Date() })\n  }\n}", findings: [{ line: 5 }] },
    { code: 'export async function cleanup(file) {\n  fs.promises.unlink(file)\n  await log(file)\n}', findings: [{ line: 2 }] },
  ],
})

// A change that drops `await` from a call the old line awaited: the diff says the callee returns a promise, though the
// hunk shows neither its definition nor the header of the function the call sits in.
const workerDiff = (lines: string[]): string =>
  [
    'diff --git a/src/workers/digest.js b/src/workers/digest.js',
    '--- a/src/workers/digest.js',
    '+++ b/src/workers/digest.js',
    `@@ -45,6 +45,${5 + lines.filter((l) => l.startsWith('+')).length} @@ async function runBatch() {`,
    '       sent++',
    '     } catch (err) {',
    '-      await markFailed(job, err)',
    ...lines,
    '     }',
    '   }',
    '   return { sent, total: jobs.length }',
  ].join('\n')

const serviceDiff = (line: string): string =>
  [
    'diff --git a/src/billing/billing.service.ts b/src/billing/billing.service.ts',
    '--- a/src/billing/billing.service.ts',
    '+++ b/src/billing/billing.service.ts',
    '@@ -56,7 +56,7 @@ export class BillingService {',
    '           this.logger.warn(`renewal failed for ${sub.id}`)',
    '         }',
    '       }',
    "-      await this.recordAudit('billing.renew', 'batch', { renewed })",
    `+      ${line}`,
    '     } finally {',
    '       this.running = false',
    '     }',
  ].join('\n')

testRule(registered('js/missing-await'), {
  valid: [
    // the rewrite handles the promise another way: a rejection handler, void, kept and awaited
    { code: '', diff: workerDiff(['+      markFailed(job, err).catch((e) => logger.warn(e))']) },
    { code: '', diff: workerDiff(['+      void markFailed(job, err)']) },
    { code: '', diff: workerDiff(['+      const pending = markFailed(job, err)', '+      await pending']) },
    // the change makes the helper synchronous, which is why the await went
    {
      code: '',
      diff: [
        workerDiff(['+      markFailed(job, err)']),
        '@@ -90,3 +90,3 @@ async function tick() {',
        '-async function markFailed(job, err) {',
        '+function markFailed(job, err) {',
        "   db.prepare('UPDATE digest_jobs SET attempts = attempts + 1 WHERE id = ?').run(job.id)",
        ' }',
      ].join('\n'),
    },
    { code: '', diff: serviceDiff("void this.recordAudit('billing.renew', 'batch', { renewed }).catch((err) => this.logger.warn(err))") },
  ],
  invalid: [
    { code: '', diff: workerDiff(['+      markFailed(job, err)', "+      logger.error({ err }, 'delivery failed')"]), findings: [{ line: 47 }] },
    { code: '', diff: serviceDiff("this.recordAudit('billing.renew', 'batch', { renewed, size: batch.length })"), findings: [{ line: 59 }] },
  ],
})

// A hunk that starts inside a `catch` or `finally` whose `try {` lies above it: the opener written back for the gap is
// that `try`, so the clause parses and a `return` the change adds to the `finally` is read there.
const finallyDiff = (lines: string[], section = ' async function tick() {'): string =>
  [
    'diff --git a/src/workers/tick.ts b/src/workers/tick.ts',
    '--- a/src/workers/tick.ts',
    '+++ b/src/workers/tick.ts',
    `@@ -69,7 +69,${6 + lines.length} @@${section}`,
    "     logger.error({ err }, 'batch crashed')",
    '     result = { sent: 0 }',
    '   } finally {',
    "     await releaseLock('digest')",
    ...lines,
    '   }',
    '   return result',
    ' }',
  ].join('\n')

testRule(registered('js/finally-control-flow'), {
  valid: [
    { code: '', diff: finallyDiff(["+    metrics.increment('ticks')"]) },
    // an `else` resumed the same way is an `if`'s, and a return there is no finally's
    {
      code: '',
      diff: [
        'diff --git a/src/a.js b/src/a.js',
        '--- a/src/a.js',
        '+++ b/src/a.js',
        '@@ -20,5 +20,6 @@ function pick(list) {',
        '     first = list[0]',
        '   } else {',
        '+    if (!fallback) return null',
        '     first = fallback',
        '   }',
        '   return first',
      ].join('\n'),
    },
  ],
  invalid: [
    { code: '', diff: finallyDiff(['+    if (result && result.sent === 0) {', '+      return { idle: true }', '+    }']), findings: [{ line: 74 }] },
    // a method of a class whose header is all git shows
    {
      code: '',
      diff: finallyDiff(['+    if (this.failed.length > 0) {', '+      return { failed: this.failed }', '+    }'], ' export class Renewals {').replace('@@ -69,7', '@@ -69,7').replace('   return result\n }', '    return result\n  }'),
      findings: [{ line: 74 }],
    },
  ],
})
