/**
 * A word that another key in the same table also holds is a category, not a credential:
 * `{ title: 'site', password: 'private', is_private: 'private' }` maps setting names to their group,
 * and a field's type or visibility table reads the same way. A real password is nobody else's value,
 * except an account's own name (`username: 'postgres', password: 'postgres'`), which stays reported.
 */
import type { Language, LineContext } from '../../types'
import { classifySecretName } from './util'

/** How far around the line a sibling entry is looked for: a table's neighbours. */
const SPAN = 8
/** Keys whose value equal to the password makes it the account's default credential, not a category. */
const ACCOUNT_KEY = /^(user(_?name)?|login|account|name|email|owner|role|db_?user|admin)$/i
const ENTRY = /["']?([A-Za-z_$][\w$.-]*)["']?\s*[:=]\s*(["'])([^"'\n]*)\2/g

/** Whether `value` (letters only) is also the value of a key that names neither a secret nor an account. */
export function sharedWithPlainKey(ctx: LineContext, value: string, language: Language): boolean {
  if (!/^[A-Za-z]+$/.test(value)) return false
  for (const line of [...ctx.before(SPAN), ...ctx.after(SPAN)]) {
    if (!line.text.includes(value)) continue
    for (const m of line.text.matchAll(ENTRY)) {
      if (m[3] === value && !classifySecretName(m[1]!, language) && !ACCOUNT_KEY.test(m[1]!)) return true
    }
  }
  return false
}
