/**
 * Deno's and Bun's own file and process APIs as the sinks Node's are: a request value as the path of
 * `Deno.readTextFile`/`Bun.file`/`Bun.write`, and as the command string of a shell launched with
 * `new Deno.Command('sh', { args: ['-c', …] })` or `Bun.spawn(['sh', '-c', …])`. Look-alikes: a base
 * name, an argument vector with no shell, and Bun's `$` template, which quotes what it interpolates.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const TS = { path: 'server/main.ts' }
const DENO = "Deno.serve(async (req: Request) => {\n  const url = new URL(req.url)\n  const name = url.searchParams.get('name') ?? 'index'\n"
const BUN = "Bun.serve({\n  async fetch(req) {\n    const url = new URL(req.url)\n    const host = url.searchParams.get('host') ?? ''\n"

testRule(registered('js/path-traversal'), {
  valid: [
    { ...TS, code: `import { join, basename } from 'jsr:@std/path'\n${DENO}  return new Response(await Deno.readTextFile(join('./data', basename(name) + '.md')))\n})` },
    { ...TS, code: `${DENO}  return new Response(await Deno.readTextFile('./data/index.md'))\n})` },
    { ...TS, code: `${BUN}    return new Response(Bun.file('./public/index.html'))\n  },\n})` },
  ],
  invalid: [
    { ...TS, code: `import { join } from 'jsr:@std/path'\n${DENO}  return new Response(await Deno.readTextFile(join('./data', name + '.md')))\n})`, findings: [{ line: 5 }] },
    { ...TS, code: `${DENO}  await Deno.writeTextFile(\`./notes/\${name}\`, await req.text())\n  return new Response('ok')\n})`, findings: [{ line: 4 }] },
    { ...TS, code: `${BUN}    return new Response(Bun.file(\`./exports/\${host}.tgz\`))\n  },\n})`, findings: [{ line: 5 }] },
    { ...TS, code: `${BUN}    await Bun.write(\`./cache/\${host}.json\`, '{}')\n    return new Response('ok')\n  },\n})`, findings: [{ line: 5 }] },
  ],
})

testRule(registered('js/shell-injection'), {
  valid: [
    { ...TS, code: `${DENO}  const out = await new Deno.Command('markdownlint', { args: ['--', name] }).output()\n  return new Response(out.stdout)\n})` },
    { ...TS, code: `${DENO}  const out = await new Deno.Command('sh', { args: ['-c', 'uptime'] }).output()\n  return new Response(out.stdout)\n})` },
    { ...TS, code: `${BUN}    const proc = Bun.spawn(['dig', '+short', host])\n    return new Response(proc.stdout)\n  },\n})` },
    { ...TS, code: `import { $ } from 'bun'\n${BUN}    return new Response(await $\`whois \${host}\`.text())\n  },\n})` },
  ],
  invalid: [
    { ...TS, code: `${DENO}  const out = await new Deno.Command('sh', { args: ['-c', \`pandoc \${name}.md -o out.html\`] }).output()\n  return new Response(out.stdout)\n})`, findings: [{ line: 4 }] },
    { ...TS, code: `${BUN}    const proc = Bun.spawn(['sh', '-c', \`dig +short \${host}\`])\n    return new Response(proc.stdout)\n  },\n})`, findings: [{ line: 5 }] },
    { ...TS, code: `${BUN}    const proc = Bun.spawnSync({ cmd: ['bash', '-c', 'ping -c 1 ' + host] })\n    return new Response(proc.stdout)\n  },\n})`, findings: [{ line: 5 }] },
    { ...TS, code: `${DENO}  const out = await new Deno.Command(name).output()\n  return new Response(out.stdout)\n})`, findings: [{ line: 4 }] },
  ],
})

// bun:sqlite's `db.query(sql)` compiles a statement; its `get`/`all` bind their arguments and return stored rows.
const SQLITE = "import { Database } from 'bun:sqlite'\nconst db = new Database('links.sqlite')\nconst byCode = db.query('SELECT target FROM links WHERE code = ?1')\n"
const LINK = "Bun.serve({\n  routes: {\n    '/go/:code': (req) => {\n"

testRule(registered('js/open-redirect'), {
  valid: [
    { ...TS, code: `${SQLITE}${LINK}      const row = byCode.get(req.params.code) as { target: string }\n      return Response.redirect(row.target, 302)\n    },\n  },\n})` },
    { ...TS, code: `${SQLITE}${LINK}      const [row] = db.prepare('SELECT target FROM links WHERE code = ?').all(req.params.code) as { target: string }[]\n      return Response.redirect(row.target, 302)\n    },\n  },\n})` },
  ],
  invalid: [
    { ...TS, code: `${SQLITE}${LINK}      const to = new URL(req.url).searchParams.get('to') ?? '/'\n      byCode.get(req.params.code)\n      return Response.redirect(to, 302)\n    },\n  },\n})`, findings: [{ line: 9 }] },
  ],
})

testRule(registered('js/sql-injection'), {
  valid: [
    { ...TS, code: `${SQLITE}${LINK}      return Response.json(byCode.get(req.params.code))\n    },\n  },\n})` },
  ],
  invalid: [
    { ...TS, code: `${SQLITE}${LINK}      return Response.json(db.query(\`SELECT target FROM links WHERE code = '\${req.params.code}'\`).get())\n    },\n  },\n})`, findings: [{ line: 7 }] },
  ],
})
