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
