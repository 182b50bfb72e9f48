/**
 * express-validator chains in a route's middleware list (`router.get('/u/:id', param('id').isInt(), validate, handler)`).
 * A chain only records errors: the value reaches the handler unchanged unless something reads `validationResult(req)`
 * and turns the request away, so a check counts only behind such a middleware (or a handler that reads it itself).
 * Converting sanitisers (`toInt()`, `toFloat()`, `toBoolean()`, `toDate()`) replace the value whatever the checks said.
 */
import type { SNode } from '../syntax/tree'
import { field, namedChildren } from './text'
import { SAFE } from './value'

/** Where each chain maker reads its field: `check()` reads them all. */
const TARGETS: Record<string, readonly string[]> = {
  query: ['query'],
  param: ['params'],
  body: ['body'],
  header: ['headers'],
  cookie: ['cookies'],
  check: ['query', 'params', 'body', 'headers', 'cookies'],
}
/** Checks that leave only text no quote, path step, markup or URL can hide in. `isEmail`, `isURL`, `isLength` and `matches` do not. */
const STRICT_CHECK = /^(isInt|isFloat|isNumeric|isDecimal|isIn|isUUID|isISO8601|isDate|isBoolean|isMongoId|isAlphanumeric|isAlpha|isHexadecimal|isPort|isCurrency|isISO4217|isLocale|isJWT|isTime|isRFC3339)$/
const CONVERTING = /^(toInt|toFloat|toBoolean|toDate)$/
/** Steps that make a chain's outcome depend on more than its own checks: a negation, a condition, a custom validator. */
const UNSURE = /^(not|if|custom|customSanitizer)$/

/** Names projects give the middleware that reads `validationResult` (not `validateToken`, which checks something else). */
const ENFORCER = /^(validate|validation|validator)(Request|Result|Input|Errors?|Handler|Middleware|Fields|Body|Query|Params)?$|^(handle|check|run|reject|catch|report|send)(Validation|Invalid)\w*$/i

export interface CheckedField {
  /** The request property the chain checked (`query.page`, `params.id`). */
  path: string
  /** The field's name, as `matchedData(req)` keys it. */
  name: string
  /** The sinks the value is safe for (`SAFE` bits): all of them once pinned down, markup only after `escape()`. */
  safe: number
}

/** The methods called on a chain, innermost first, and the maker call at its root (`query('id')`). */
function chain(node: SNode, text: (n: SNode) => string): { maker: SNode; steps: string[] } | undefined {
  const steps: string[] = []
  let n: SNode | undefined = node
  while (n?.type === 'call_expression') {
    const callee = field(n, 'function')
    if (callee?.type === 'identifier') return { maker: n, steps: steps.reverse() }
    if (callee?.type !== 'member_expression') return undefined
    const prop = field(callee, 'property')
    if (prop) steps.push(text(prop))
    n = field(callee, 'object')
  }
  return undefined
}

/** The chains among a route's arguments (an array of them included) and the fields they pin down. */
export function expressValidatorChecks(args: readonly SNode[], text: (n: SNode) => string, fromLibrary: (name: string) => boolean, helperText: (name: string) => string | undefined): CheckedField[] {
  const handlerAt = args.length - 1
  const handler = args[handlerAt]
  if (!handler || !/^(arrow_function|function_expression|function)$/.test(handler.type)) return []
  const checked: CheckedField[] = []
  // Whether a middleware or the handler itself turns away a request whose checks failed.
  const enforces = (n: SNode): boolean => {
    if (/^(arrow_function|function_expression|function)$/.test(n.type)) return /\bvalidationResult\s*\(/.test(text(n))
    if (n.type !== 'identifier') return false
    // A middleware of this file that reads the result, or one named for the job (`validate`, `handleValidationErrors`)
    // whose body lies in another module or outside the change.
    return /\bvalidationResult\s*\(/.test(helperText(text(n)) ?? '') || (ENFORCER.test(text(n)) && !fromLibrary(text(n)))
  }
  let enforced = enforces(handler)
  const chains: SNode[] = []
  for (const a of args.slice(0, handlerAt)) {
    if (a.type === 'array') chains.push(...namedChildren(a))
    else if (a.type === 'call_expression') chains.push(a)
    else enforced ||= enforces(a)
  }
  for (const c of chains) {
    const found = chain(c, text)
    if (!found || found.steps.some((s) => UNSURE.test(s))) continue
    const maker = text(field(found.maker, 'function')!)
    const targets = TARGETS[maker]
    if (!targets || !fromLibrary(maker)) continue
    const first = namedChildren(field(found.maker, 'arguments')!)[0]
    if (first?.type !== 'string') continue
    const name = text(first).slice(1, -1)
    if (!/^[\w$-]+(\.[\w$-]+)*$/.test(name)) continue
    const pinned = found.steps.some((s) => CONVERTING.test(s)) || (enforced && found.steps.some((s) => STRICT_CHECK.test(s)))
    // `escape()` replaces `<`, `>`, `&`, quotes and slashes with entities, whether or not a check failed.
    const safe = pinned ? SAFE.all : found.steps.includes('escape') ? SAFE.html : 0
    if (!safe) continue
    for (const t of targets) checked.push({ path: `${t}.${t === 'headers' ? name.toLowerCase() : name}`, name, safe })
  }
  return checked
}
