/**
 * Files a function fills with what the client sent: `with open(path, "wb") as fh: fh.write(await upload.read())`,
 * `fd, path = tempfile.mkstemp()` then `with os.fdopen(fd, "wb") as fh: shutil.copyfileobj(upload.file, fh)`. The
 * path is the server's own (a temporary name, a fixed folder), but a loader handed it reads the client's bytes: an
 * uploaded checkpoint spooled to disk and then `torch.load(path)`, a pickle saved and loaded back.
 */
import type { SNode } from '../syntax/tree'
import { field, namedChildren } from './text'

/** A mode that writes (`"wb"`, `"w"`, `"ab"`, `"xb"`, `"w+b"`). */
const WRITE_MODE = /^[rRbuUfF]*["'][^"']*[wax][^"']*["']$/

/** The function that binds `handle` to a file opened for writing, and the name of that file's path. */
export function filledPath(handle: string, fnNode: SNode, text: (n: SNode) => string): string | undefined {
  let found: string | undefined
  const visit = (n: SNode): void => {
    if (found !== undefined) return
    if (n !== fnNode && n.type === 'function_definition') return
    if (n.type === 'as_pattern') {
      const alias = field(n, 'alias')
      const target = alias ? (namedChildren(alias)[0] ?? alias) : undefined
      const [opened] = namedChildren(n)
      if (target && opened && text(target) === handle) found = openedPath(opened, fnNode, text)
    } else if (n.type === 'assignment') {
      const left = field(n, 'left')
      const right = field(n, 'right')
      if (left && right && text(left) === handle) found = openedPath(right, fnNode, text)
    }
    for (const c of namedChildren(n)) visit(c)
  }
  visit(fnNode)
  return found || undefined
}

/** `open(path, "wb")`, `path.open("wb")`, `aiofiles.open(path, "wb")`, `os.fdopen(fd, "wb")` of a `mkstemp()` pair: the path's name. */
function openedPath(call: SNode, fnNode: SNode, text: (n: SNode) => string): string {
  if (call.type === 'await') call = namedChildren(call)[0] ?? call
  if (call.type !== 'call') return ''
  const callee = text(field(call, 'function') ?? call)
  const args = namedChildren(field(call, 'arguments') ?? call).filter((a) => a.type !== 'keyword_argument')
  const modeKw = namedChildren(field(call, 'arguments') ?? call).find((a) => a.type === 'keyword_argument' && text(field(a, 'name') ?? a) === 'mode')
  if (/^(open|io\.open|aiofiles\.open|codecs\.open)$/.test(callee)) {
    const mode = modeKw ? field(modeKw, 'value') : args[1]
    return args[0]?.type === 'identifier' && mode && WRITE_MODE.test(text(mode)) ? text(args[0]) : ''
  }
  // `path.open("wb")` on a name bound to a Path.
  const method = /^([A-Za-z_]\w*)\.open$/.exec(callee)
  if (method) {
    const mode = modeKw ? field(modeKw, 'value') : args[0]
    return mode && WRITE_MODE.test(text(mode)) ? method[1]! : ''
  }
  if (callee === 'os.fdopen' && args[0]?.type === 'identifier') {
    const mode = modeKw ? field(modeKw, 'value') : args[1]
    if (!mode || !WRITE_MODE.test(text(mode))) return ''
    return new RegExp(`^[ \\t]*${text(args[0])}\\s*,\\s*([A-Za-z_]\\w*)\\s*=\\s*(?:tempfile\\.)?mkstemp\\(`, 'm').exec(text(fnNode))?.[1] ?? ''
  }
  return ''
}
