import type { KeyScope } from '../db/schema'

// Each scope includes the ones below it: admin ⊃ write ⊃ read.
const RANK: Record<KeyScope, number> = { read: 0, write: 1, admin: 2 }

export function hasScope(granted: readonly KeyScope[], needed: KeyScope): boolean {
  return granted.some((scope) => RANK[scope] >= RANK[needed])
}
