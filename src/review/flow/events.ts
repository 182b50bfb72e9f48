/**
 * What the def-use pass tells the rules: every call, every store into an attribute or
 * subscript, every return, with the abstract values involved. Rules (sink tables) look at
 * these; they never walk the tree or lex text themselves.
 */
import type { SNode } from '../syntax/tree'
import type { Value } from './value'

export interface FunctionFacts {
  name: string
  /** A web handler: a decorated route, an Express-style `(req, res)` callback, a Next.js `GET`. */
  handler: boolean
  node: SNode | undefined
  /**
   * Python: a module-level function of a new file that the file itself calls, by name only, from handlers or with values
   * of its own: what its parameters hold is what those calls hand it, which the analysis follows.
   */
  callersInView?: boolean
}

interface EventBase {
  /** The statement the finding anchors on (first line to last line). */
  stmt: SNode
  fn: FunctionFacts
}

export interface CallEvent extends EventBase {
  kind: 'call'
  node: SNode
  /** Resolved callee (`subprocess.run`, `child_process.exec`), after imports and aliases. */
  qname: string | undefined
  /** The last name of the callee (`execute` in `cur.execute`, `run` in `run(...)`). */
  name: string
  /** Receiver value for method calls (`cur` in `cur.execute`). */
  receiver: Value | undefined
  /** Receiver's own name or path as written (`cursor`, `self.db`), for messages. */
  receiverText: string | undefined
  args: Value[]
  argNodes: SNode[]
  /** Keyword arguments (Python), or the properties of a trailing object literal (JS). */
  kwargs: Map<string, Value>
  kwNodes: Map<string, SNode>
  /**
   * JS: the object literal `kwargs` were read from when the last argument names one kept on the instance
   * (`this.options`, set once to `{ … }` in the constructor or a field initialiser) rather than writing it.
   */
  kwObject?: SNode
  /** `new X(...)` in JS. */
  isNew: boolean
  /** The call is the tag of a tagged template (`sql\`...\``): its values are bound, not spliced. */
  tagged: boolean
  /** A tagged template's `${…}` values, in order. */
  substitutions?: Value[]
  /** The callee is a method of a class another file of the change defines: its body is read with these arguments, so no library's method of that name is guessed. */
  ownMethod?: true
}

export interface StoreEvent extends EventBase {
  kind: 'store'
  node: SNode
  /** The attribute or key stored into (`innerHTML`, `secret_key`, `SECRET_KEY`, `Location`). */
  key: string
  /** The object stored into, resolved (`location`, `app.config`), and its value. */
  objectQname: string | undefined
  objectText: string
  object: Value
  value: Value
  valueNode: SNode
  /** `obj[k] = …`: the key's value (JS: a name or expression, not a constant property; Python: a key that is not a constant). */
  keyValue?: Value
  /** JS `obj[a][b] = …`: the value of `a`, the key that chose the object written into. */
  objectKey?: Value
}

export interface ReturnEvent extends EventBase {
  kind: 'return'
  value: Value
  valueNode: SNode
}

/** A JSX attribute (`dangerouslySetInnerHTML={{ __html: x }}`, `href={x}`). */
export interface JsxAttrEvent extends EventBase {
  kind: 'jsx-attr'
  name: string
  element: string
  value: Value
  valueNode: SNode
}

/** A plain variable binding (`token = ...`), for rules that judge by the name a value is kept under. */
export interface BindEvent extends EventBase {
  kind: 'bind'
  name: string
  value: Value
}

/** An equality test (`a === b`, `a != b`), for rules that judge what is compared and how (`a.equals(b)` is a call). */
export interface CompareEvent extends EventBase {
  kind: 'compare'
  node: SNode
  /** `==`, `===`, `!=` or `!==`. */
  op: string
  left: Value
  right: Value
  leftNode: SNode
  rightNode: SNode
}

export type FlowEvent = CallEvent | StoreEvent | ReturnEvent | JsxAttrEvent | BindEvent | CompareEvent

export interface RuleFinding {
  ruleId: string
  /** 0-based rows of the anchoring statement. */
  startRow: number
  endRow: number
  message: string
  suggestion: string
  severity?: 'critical' | 'major' | 'minor' | 'info'
  /** Values whose flow made the finding; an added step in them makes a context line reportable. */
  values: Array<Value | undefined>
  /** Not a finding: the rule's sink is here and the analysis proved its input harmless. */
  cleared?: true
}
