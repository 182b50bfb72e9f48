/**
 * Permission bits that let every local user write (CWE-732): `os.chmod(path, 0o777)`,
 * `fs.chmodSync(dest, 0o666)`, `Path.chmod(S_IRWXU | S_IRWXG | S_IRWXO)`, and a umask that keeps
 * the world's write bit (`os.umask(0)`, `process.umask(0)`), under which every file the process
 * creates afterwards is world-writable. Any other account on the host (or in a shared volume)
 * can then replace what the program later reads or runs. Modes passed to `mkdir`/`open` are not
 * reported: the umask still applies to them.
 */
import type { SNode } from '../../syntax/tree'
import type { CallEvent } from '../events'
import { callText, finding, scoped, type MatchContext } from './common'
import { field, namedChildren } from '../text'
import { literalText } from './written'

/** `stat` module names, by value. */
const STAT: Record<string, number> = {
  S_ISUID: 0o4000, S_ISGID: 0o2000, S_ISVTX: 0o1000,
  S_IRWXU: 0o700, S_IRUSR: 0o400, S_IWUSR: 0o200, S_IXUSR: 0o100,
  S_IRWXG: 0o70, S_IRGRP: 0o40, S_IWGRP: 0o20, S_IXGRP: 0o10,
  S_IRWXO: 0o7, S_IROTH: 0o4, S_IWOTH: 0o2, S_IXOTH: 0o1,
  S_IREAD: 0o400, S_IWRITE: 0o200, S_IEXEC: 0o100,
}
const WORLD_WRITE = 0o2

/**
 * The number a mode expression written in the code stands for: octal, decimal or hex literals,
 * an octal string (Node accepts `'777'`), `stat`/`fs.constants` names, joined with `|` or `+`.
 * Undefined for anything computed at run time.
 */
function modeValue(text: string): number | undefined {
  let total = 0
  for (const raw of text.split(/\s*[|+]\s*/)) {
    const part = raw.trim().replace(/^\((.*)\)$/, '$1')
    const quoted = /^['"]([0-7]{3,4})['"]$/.exec(part)
    const name = /^(?:(?:stat|fs\.constants|constants)\.)?(S_I[A-Z]+)$/.exec(part)
    let v: number | undefined
    if (quoted) v = parseInt(quoted[1]!, 8)
    else if (/^0o[0-7]+$/i.test(part)) v = parseInt(part.slice(2), 8)
    else if (/^0[0-7]+$/.test(part)) v = parseInt(part, 8)
    else if (/^0x[0-9a-f]+$/i.test(part)) v = parseInt(part, 16)
    else if (/^[1-9]\d*$|^0$/.test(part)) v = Number(part)
    else if (name) v = STAT[name[1]!]
    if (v === undefined) return undefined
    total |= v
  }
  return total
}

/** The mode a call sets, read from its argument as written (or a module constant it names). */
function writtenMode(node: SNode | undefined, m: MatchContext): number | undefined {
  return node ? modeValue(literalText(node, m)) : undefined
}

function octal(mode: number): string {
  return `0o${mode.toString(8).padStart(3, '0')}`
}

/**
 * `mask = os.umask(0)` followed at once by `os.umask(mask)`: the only way to read the umask, which
 * sets it back before anything is created.
 */
function readsUmask(ev: CallEvent, m: MatchContext): boolean {
  const bound = /^\s*(?:(?:const|let|var)\s+)?([A-Za-z_$][\w$]*)\s*=/.exec(m.text(ev.stmt))
  const siblings = ev.stmt.parent?.children.filter((c) => c.named) ?? []
  const next = siblings[siblings.indexOf(ev.stmt) + 1]
  return !!bound && !!next && new RegExp(`^\\s*[\\w$.]*\\bumask\\(\\s*${bound[1]!.replace(/\$/g, '\\$')}\\s*\\)\\s*;?\\s*$`).test(m.text(next))
}

const PY_CHMOD = /^os\.(chmod|fchmod|lchmod)$/
const JS_CHMOD = /^fs\.(promises\.)?(chmod|chmodSync|fchmod|fchmodSync|lchmod|lchmodSync)$/

const FIX = 'Grant only what the other reader needs: `0o640`/`0o750` with a shared group, or `0o644`/`0o755` to let others read; keep the umask at `0o022` or stricter.'

function worldWritable(ruleId: string, ev: CallEvent, m: MatchContext, mode: number) {
  return finding(ruleId, ev, m, `\`${callText(ev.node, m)}\` sets mode ${octal(mode)}: every local user can write ${mode & 0o1000 ? 'into the directory' : 'the file'}, and replace what the program later reads or runs`, FIX, [], 'major')
}

function openUmask(ruleId: string, ev: CallEvent, m: MatchContext, mask: number) {
  return finding(ruleId, ev, m, `\`${callText(ev.node, m)}\` sets the umask to ${octal(mask)}, which keeps the world's write bit: every file and folder the process creates from here on is writable by every local user`, FIX, [], 'major')
}


interface Language {
  ruleId: string
  umask: string
  chmod: RegExp
  /** The argument a chmod call takes its mode from (a method's own, `Path.chmod(mode)`), or -1. */
  modeAt(ev: CallEvent): number
}

const PYTHON: Language = {
  ruleId: 'python/insecure-file-permissions',
  umask: 'os.umask',
  chmod: PY_CHMOD,
  // pathlib's `Path.chmod(mode)` on a path the code holds.
  modeAt: (ev) => (ev.receiver && !ev.receiver.qname && ev.name === 'chmod' ? 0 : -1),
}

const JAVASCRIPT: Language = {
  ruleId: 'js/insecure-file-permissions',
  umask: 'process.umask',
  chmod: JS_CHMOD,
  // A FileHandle's `handle.chmod(mode)`.
  modeAt: (ev) => (ev.receiver && ev.name === 'chmod' && ev.argNodes.length === 1 ? 0 : -1),
}

function permissionsMatcher(lang: Language) {
  return scoped({ kinds: ['call'], needles: ['chmod', 'umask'] }, (ev, m) => {
    if (ev.kind !== 'call' || m.isTest) return undefined
    const q = ev.qname ?? ''
    if (q === lang.umask) {
      const mask = writtenMode(ev.argNodes[0], m)
      return mask !== undefined && !(mask & WORLD_WRITE) && !readsUmask(ev, m) ? openUmask(lang.ruleId, ev, m, mask) : undefined
    }
    const at = lang.chmod.test(q) ? 1 : lang.modeAt(ev)
    if (at < 0) return undefined
    const mode = writtenMode(ev.kwNodes.get('mode') ?? ev.argNodes[at], m)
    return mode !== undefined && mode & WORLD_WRITE ? worldWritable(lang.ruleId, ev, m, mode) : undefined
  })
}

export const pythonFilePermissions = permissionsMatcher(PYTHON)
export const javascriptFilePermissions = permissionsMatcher(JAVASCRIPT)

const WORLD_READ = 0o4
const JS_WRITE = /^(writeFile|writeFileSync|appendFile|appendFileSync)$/
/** What a private key looks like written out: PEM armour, a KeyObject's export, or a value named for one. */
const PRIVATE_KEY_TEXT = /-----BEGIN [A-Z ]*PRIVATE KEY-----|\bprivate_?key\b|\bprivkey\b|\bsigning_?key\b|\.export\(\s*\{[^}]*\btype\s*:\s*['"](pkcs8|pkcs1|sec1)['"]/i

/**
 * A private key written with a mode that lets every local user read it: `writeFile(file, pem, { mode: 0o666 })`.
 * The umask takes the write bits away, not the read bits, so any other account on the host can copy the key
 * and sign or decrypt as the service (CWE-732). A mode the code wrote out is the code's decision, so it is
 * judged; the default mode of a write that names none is left to the deployment's umask.
 */
export const javascriptKeyFileMode = scoped({ kinds: ['call'], needles: ['mode'] }, (ev, m) => {
  if (ev.kind !== 'call' || m.isTest || !JS_WRITE.test(ev.name) || (ev.qname !== undefined && !/(^|\.|\/)(fs|promises|fs-extra)(\.promises)?\.\w+$|^\w+$/.test(ev.qname))) return undefined
  const [, data, options] = ev.argNodes
  if (!data || options?.type !== 'object') return undefined
  const pair = namedChildren(options).find((p) => p.type === 'pair' && m.text(field(p, 'key') ?? p) === 'mode')
  const mode = writtenMode(pair ? field(pair, 'value') ?? undefined : undefined, m)
  if (mode === undefined || !(mode & WORLD_READ) || !PRIVATE_KEY_TEXT.test(m.text(data))) return undefined
  return finding(JAVASCRIPT.ruleId, ev, m, `\`${callText(ev.node, m)}\` writes a private key with mode ${octal(mode)}: the umask leaves it readable by every local user, who can copy the key and sign or decrypt as the service`, 'Write keys and other secrets with `{ mode: 0o600 }` (readable by the service\'s own user only).', [], 'major')
})
