// Deterministic submissions shaped like the shared load harness's: `small` is 1 file × a 20-line
// diff, `medium` 10 × 100, `large` 50 × 400; Python and TypeScript hunks of plausible code with
// a few lines the rules flag, so the engine does the work a real review does.
export const PAYLOADS = { small: { files: 1, lines: 20 }, medium: { files: 10, lines: 100 }, large: { files: 50, lines: 400 } }

const WORDS = ['user', 'order', 'invoice', 'session', 'token', 'review', 'comment', 'payload', 'config', 'cache']
const VERBS = ['load', 'parse', 'build', 'fetch', 'validate', 'resolve', 'update', 'compute', 'render', 'sync']
const SMELLS = {
  py: ['    result = eval(user_input)', '    subprocess.call(cmd, shell=True)', '    data = pickle.loads(request.body)', '    requests.get(url, verify=False)'],
  ts: ['  const result = eval(userInput);', '  element.innerHTML = comment.body;', '  const data: any = JSON.parse(raw);', '  console.log("debug", token);'],
}

function rng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = Math.imul(a ^ (a >>> 15), a | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function block(next, lang) {
  const v = VERBS[Math.floor(next() * VERBS.length)]
  const w = WORDS[Math.floor(next() * WORDS.length)]
  if (lang === 'py') {
    return [`def ${v}_${w}(${w}_id: int) -> dict:`, `    ${w} = repository.get_${w}(${w}_id)`, `    if ${w} is None:`, `        raise NotFoundError(${w}_id)`, `    return {"id": ${w}.id}`, '']
  }
  return [`export async function ${v}${w[0].toUpperCase()}${w.slice(1)}(id: string) {`, `  const ${w} = await repo.get(id);`, `  if (!${w}) throw new NotFoundError(id);`, `  return ${w};`, '}', '']
}

/** A new-file diff of exactly `lines` added lines (about 2.5% of them smells). */
function diff(next, lang, lines) {
  const out = []
  while (out.length < lines) {
    for (const line of block(next, lang)) {
      if (out.length === lines) break
      out.push('+' + (next() < 0.025 ? SMELLS[lang][Math.floor(next() * SMELLS[lang].length)] : line))
    }
  }
  return `@@ -0,0 +1,${lines} @@\n${out.join('\n')}\n`
}

/** Submission body number `n` of the given size (same `n`, same body). */
export function makeSubmission(kind, n) {
  const { files, lines } = PAYLOADS[kind]
  const next = rng(n * 7919 + files)
  return {
    title: `bench ${kind} #${n}`,
    author: `dev${n % 8}`,
    description: `Generated submission ${n}`,
    files: Array.from({ length: files }, (_, f) => {
      const lang = f % 2 === 0 ? 'py' : 'ts'
      return { file_path: `src/bench/m${f}.${lang}`, diff_content: diff(next, lang, lines) }
    }),
  }
}
