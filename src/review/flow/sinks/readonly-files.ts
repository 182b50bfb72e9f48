/**
 * Writes through a file opened for reading. Python's `open(path)` reads unless a mode says
 * otherwise, so `.write()` on it raises `io.UnsupportedOperation`; Node opens with flag `'r'` when
 * none is given, so `const fh = await fs.promises.open(path)` followed by `fh.write(…)` fails with
 * `EBADF` at run time, as does `fs.writeSync(fd, …)` on `fd = fs.openSync(path)`. The open call
 * tags its result (python-model.ts, javascript-model.ts); these matchers report the write.
 */
import { hasTag, TAG } from '../value'
import { callText, finding, scoped } from './common'

/** Serialisers that write to the file they are given, and the argument (position, keyword) that names it. */
const PY_DUMPS = /^(json|simplejson|ujson|yaml|pickle|marshal|toml|tomli_w|tomlkit|plistlib)\.(dump|safe_dump|dump_all|safe_dump_all)$/
const DUMP_TARGET = ['fp', 'stream', 'file', 'fh', 'f']

export const pythonWriteToReadOnly = scoped({ kinds: ['call'], needles: ['open'] }, (ev, m) => {
  if (ev.kind !== 'call') return undefined
  let handle: string | undefined
  if (ev.receiver && /^(write|writelines|truncate)$/.test(ev.name) && hasTag(ev.receiver, TAG.readOnlyFile)) handle = ev.receiverText
  // `json.dump(data, fh)` and `print(line, file=fh)` write through the handle they are given.
  else {
    const dump = PY_DUMPS.test(ev.qname ?? '')
    const kw = dump ? DUMP_TARGET.find((k) => ev.kwargs.has(k)) : ev.qname === 'print' ? 'file' : undefined
    const target = kw ? ev.kwargs.get(kw) : dump ? ev.args[1] : undefined
    const node = kw ? ev.kwNodes.get(kw) : dump ? ev.argNodes[1] : undefined
    if (target && node && hasTag(target, TAG.readOnlyFile)) handle = m.text(node)
  }
  if (!handle) return undefined
  return finding('python/write-to-readonly-file', ev, m, `\`${callText(ev.node, m)}\` writes to \`${handle}\`, which was opened for reading only: it raises \`io.UnsupportedOperation\``, 'Open the file with a write mode: `open(path, "w")` (or `"a"` to append, `"r+"` to update).', [], 'major')
})

/** FileHandle methods that need a writable descriptor. */
const HANDLE_WRITE = /^(write|writeFile|appendFile|writev|truncate)$/
/** Descriptor functions that need a writable descriptor. */
const FD_WRITE = /^fs\.(write|writeSync|writev|writevSync|ftruncate|ftruncateSync)$/

export const javascriptWriteToReadOnly = scoped({ kinds: ['call'], needles: ['open'] }, (ev, m) => {
  if (ev.kind !== 'call') return undefined
  const handle = ev.receiver && HANDLE_WRITE.test(ev.name) && hasTag(ev.receiver, TAG.readOnlyFile) ? ev.receiverText : undefined
  const fd = !handle && FD_WRITE.test(ev.qname ?? '') && ev.args[0] && hasTag(ev.args[0], TAG.readOnlyFile) ? m.text(ev.argNodes[0]!) : undefined
  const target = handle ?? fd
  if (!target) return undefined
  return finding(
    'js/write-to-readonly-file',
    ev,
    m,
    `\`${callText(ev.node, m)}\` writes through \`${target}\`, which was opened for reading only (no flags, or \`'r'\`): it fails with \`EBADF\``,
    "Open the file for writing: `fs.promises.open(path, 'r+')` to update it in place, `'w'` to replace it, `'a'` to append.",
    [],
    'major',
  )
})
