/**
 * Files written at a predictable name in the shared temp directory (`/tmp/report-${id}.csv`,
 * `path.join(os.tmpdir(), name)`, `os.path.join(tempfile.gettempdir(), name)`): another local
 * user can create the file or a symlink there first and read or redirect what is written
 * (CWE-377). Quiet when part of the name comes from a CSPRNG or `mkdtemp` (nobody can guess it),
 * when the open is exclusive (`flag: 'wx'`, mode `"x"`), and in a serverless function (an AWS
 * Lambda handler, a Cloud Function), whose `/tmp` belongs to its execution environment alone.
 */
import { hasTag, TAG, type Value } from '../value'
import { callText, fileMatches, finding, scoped } from './common'

const JS_WRITE = /^fs\.(promises\.)?(writeFile|writeFileSync|appendFile|appendFileSync|createWriteStream)$/
const JS_OPEN = /^fs\.(promises\.)?(open|openSync)$/
const JS_FIX = 'Create a private directory with `fs.mkdtempSync(path.join(os.tmpdir(), "app-"))` and write inside it, or open with `{ flag: "wx" }` and a random name (`crypto.randomUUID()`).'
const PY_FIX = 'Use `tempfile.NamedTemporaryFile(delete=False)` or `tempfile.mkstemp()`, or write inside `tempfile.mkdtemp()`.'

/**
 * A module that defines a Lambda handler (`exports.handler`, or exported under any name and reading an API Gateway or
 * S3/SQS event's fields) or a Google Cloud Function: nobody else writes to its temp directory.
 */
const SERVERLESS = /\bexports\.handler\s*=|\bevent\s*\.\s*(?:queryStringParameters|pathParameters|requestContext|rawQueryString|Records)\b|\bexport\s+(?:const\s+handler\s*=|(?:async\s+)?function\s+handler\s*\()|\bfunctions\.http\s*\(|^\s*(?:async\s+)?def\s+\w*handler\s*\(\s*event\s*,\s*context\s*\)|@functions_framework\.(?:http|cloud_event)\b/m

function predictable(v: Value | undefined): boolean {
  if (!v) return false
  const shared = hasTag(v, TAG.sharedTemp) || /^\/(var\/)?tmp\//.test(v.str ?? v.built?.prefix ?? '')
  return shared && !hasTag(v, TAG.unpredictable)
}

export const javascriptTempFile = scoped({ kinds: ['call'], needles: ['writeFile', 'appendFile', 'WriteStream', 'open'] }, (ev, m) => {
  if (ev.kind !== 'call' || m.isTest) return undefined
  const q = ev.qname ?? ''
  const write = JS_WRITE.test(q)
  const open = JS_OPEN.test(q) && /^[wa]\+?$/.test(ev.args[1]?.str ?? '')
  if (!write && !open) return undefined
  // A write's flag is an option (`{ flag: 'wx' }`); a string argument is the data or the encoding (`writeFileSync(p, 'x')`, `'utf8'`).
  if (ev.kwargs.get('flag')?.str?.includes('x')) return undefined
  const v = ev.args[0]
  if (!predictable(v) || fileMatches(ev.node, m, SERVERLESS)) return undefined
  return finding('js/insecure-temp-file', ev, m, `\`${callText(ev.node, m)}\` writes a file with a predictable name in the shared temp directory: another local user can create it (or a symlink) first and read or redirect the data`, JS_FIX, [v], 'major')
})

/** pathlib's writers, and `open()` on a path object: the receiver is the file. */
const PY_PATH_WRITE = /^(write_text|write_bytes)$/

export const pythonTempFile = scoped({ kinds: ['call'], needles: ['write_text', 'write_bytes', 'open'] }, (ev, m) => {
  if (ev.kind !== 'call' || m.isTest) return undefined
  let v: Value | undefined
  if (ev.receiver && !ev.receiver.qname && (PY_PATH_WRITE.test(ev.name) || (ev.name === 'open' && /[wa]/.test(ev.args[0]?.str ?? ev.kwargs.get('mode')?.str ?? '') && !/x/.test(ev.args[0]?.str ?? ev.kwargs.get('mode')?.str ?? '')))) {
    v = ev.receiver
  } else if (ev.qname === 'os.open') {
    // `os.open(path, os.O_WRONLY | os.O_CREAT)`: creating without `O_EXCL` follows a planted file or symlink.
    const flags = ev.argNodes[1] ? m.text(ev.argNodes[1]) : ''
    if (!/O_CREAT/.test(flags) || /O_EXCL/.test(flags)) return undefined
    v = ev.args[0]
  } else {
    if (!/^(open|io\.open)$/.test(ev.qname ?? (ev.receiver ? '' : ev.name))) return undefined
    const mode = ev.args[1]?.str ?? ev.kwargs.get('mode')?.str ?? ''
    if (!/[wa]/.test(mode) || mode.includes('x')) return undefined
    v = ev.args[0] ?? ev.kwargs.get('file')
  }
  if (!predictable(v) || fileMatches(ev.node, m, SERVERLESS)) return undefined
  return finding('python/insecure-temp-file', ev, m, `\`${callText(ev.node, m)}\` writes a file with a predictable name in the shared temp directory: another local user can create it (or a symlink) first and read or redirect the data`, PY_FIX, [v], 'major')
})
