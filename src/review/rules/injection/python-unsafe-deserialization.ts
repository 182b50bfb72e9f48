/** Flags pickle/dill/marshal/jsonpickle loads, yaml.load without a safe Loader, and shelve.open on request data. FP: files the app itself wrote. */
import type { LineRule, RuleHit, Severity } from '../../types'
import { fileGate } from '../../needles'
import { argsAt, inPythonDocstring, isCommentLine, keywordArg, lexLine, MAX_LINE, receiverStart, sinkMatches, snippet } from '../../source'

const PICKLE = /\b(pickle|cPickle|_pickle|dill|cloudpickle|marshal|jsonpickle)\.(loads?|Unpickler|decode)\s*\(/g
const YAML = /\byaml\.(load|load_all|unsafe_load|unsafe_load_all|full_load|full_load_all)\s*\(/g
const SHELVE = /\bshelve\.open\s*\(/g
const SAFE_LOADER = /\b(?:C?SafeLoader|BaseLoader)\b/
const UNSAFE_LOADER = /\b(?:UnsafeLoader|CUnsafeLoader|Loader|CLoader)\b/
const UNTRUSTED = /\brequest\b|\.recv\(|websocket|upload|\bbody\b|\bpayload\b/i

const gate = fileGate(['pickle', 'dill.', 'marshal.', 'yaml.', 'shelve.'])
/** ruamel's `yaml = YAML(); yaml.load(f)` is safe by default and looks just like PyYAML. */
const ruamel = fileGate(['ruamel', 'YAML('])

const PICKLE_FIX =
  'Use a data-only format (`json.loads`, `msgpack`) for anything that crosses a trust boundary; if it must be pickle, sign it (HMAC) and verify the signature before loading.'

export const pythonUnsafeDeserialization: LineRule = {
  kind: 'line',
  meta: {
    id: 'python/unsafe-deserialization',
    title: 'Deserialization that can run code',
    severity: 'critical',
    category: 'security',
    pack: 'injection',
    tier: 'core',
    languages: ['python'],
    description:
      'Unpickling (pickle, dill, jsonpickle, marshal) and `yaml.load` with an unsafe Loader can construct arbitrary objects and call functions while loading, so loading attacker-controlled bytes runs attacker code. `yaml.safe_load` and JSON only build plain data.',
    examples: {
      bad: 'import yaml\n\ndef read_config(path):\n    with open(path) as f:\n        return yaml.load(f, Loader=yaml.Loader)\n',
      good: 'import yaml\n\ndef read_config(path):\n    with open(path) as f:\n        return yaml.safe_load(f)\n',
    },
  },
  check(ctx) {
    if (!gate(ctx.file)) return undefined
    const text = ctx.line.text
    if (text.length > MAX_LINE) return undefined
    const candidate = text.includes('pickle') || text.includes('dill.') || text.includes('marshal.') || text.includes('yaml.') || text.includes('shelve.')
    if (!candidate || ctx.file.isTest || isCommentLine(text, 'py')) return undefined
    const lexed = lexLine(ctx, 'py')
    const hits: RuleHit[] = []
    for (const m of sinkMatches(lexed.masked, PICKLE)) {
      const [, mod, fn] = m
      if (mod === 'jsonpickle' ? fn !== 'decode' : fn === 'decode') continue
      const { call } = argsAt(ctx, 'py', lexed, m.index + m[0].length - 1)
      const arg = call.args[0]?.text ?? ''
      const severity: Severity = UNTRUSTED.test(arg) ? 'critical' : 'major'
      hits.push({
        line: ctx.line.newLine,
        message: `\`${mod}.${fn}(${snippet(arg, 50)})\` can run arbitrary code while loading: only use it on bytes this process wrote itself`,
        suggestion: PICKLE_FIX,
        severity,
      })
    }
    if (text.includes('yaml.') && !ruamel(ctx.file)) {
      for (const m of sinkMatches(lexed.masked, YAML)) {
        const fn = m[1]!
        const { lexed: lx, call } = argsAt(ctx, 'py', lexed, m.index + m[0].length - 1)
        const stream = call.args[0]
        if (!stream) continue
        const start = receiverStart(lx.text, m.index)
        const all = fn.endsWith('_all')
        const safe = all ? 'safe_load_all' : 'safe_load'
        const receiver = lx.text.slice(start, m.index) + 'yaml.'
        const replacement =
          call.closed && call.end <= text.length ? (text.slice(0, start) + `${receiver}${safe}(${stream.text})` + text.slice(call.end)).trim() : `${receiver}${safe}(${stream.text})`
        let severity: Severity = 'major'
        let why: string
        if (fn.startsWith('full_load')) {
          severity = 'minor'
          why = 'uses `FullLoader`, which still builds arbitrary Python objects from tags (several CVEs); untrusted YAML needs `SafeLoader`'
        } else if (fn.startsWith('unsafe_load')) {
          why = 'builds arbitrary Python objects (`!!python/object/apply:os.system`) from the document'
        } else {
          const loader = keywordArg(call.args, 'Loader') ?? (call.args[1] && !/=/.test(call.args[1].text) ? call.args[1].text : undefined)
          if (loader && SAFE_LOADER.test(loader)) continue
          if (loader && /FullLoader/.test(loader)) {
            severity = 'minor'
            why = 'with `FullLoader` still builds arbitrary Python objects from tags (several CVEs); untrusted YAML needs `SafeLoader`'
          } else if (loader && UNSAFE_LOADER.test(loader)) {
            why = `with \`${snippet(loader, 30)}\` runs \`!!python/object/apply:os.system\`-style tags: loading a hostile document runs code`
          } else if (loader) {
            continue
          } else {
            why = 'without a `Loader` uses an unsafe default on PyYAML < 5.1 and raises `TypeError` on PyYAML 6'
          }
        }
        hits.push({
          line: ctx.line.newLine,
          message: `\`yaml.${fn}(${snippet(stream.text, 30)}${call.args.length > 1 ? ', ...' : ''})\` ${why}`,
          suggestion: `\`${replacement}\``,
          severity,
        })
      }
    }
    if (text.includes('shelve.')) {
      for (const m of sinkMatches(lexed.masked, SHELVE)) {
        const { call } = argsAt(ctx, 'py', lexed, m.index + m[0].length - 1)
        const path = call.args[0]?.text ?? ''
        if (!/\brequest\b|\bparams\b|\bquery\b/.test(path)) continue
        hits.push({
          line: ctx.line.newLine,
          message: `\`shelve.open(${snippet(path, 40)})\` opens a pickle-backed database at a path from the request: a planted file runs code when read`,
          suggestion: 'Open shelves only at fixed paths the application controls, or store the data as JSON.',
          severity: 'major',
        })
      }
    }
    // Docstrings show examples; checked last because it looks back over many lines.
    return hits.length > 0 && inPythonDocstring(ctx) ? undefined : hits
  },
}
