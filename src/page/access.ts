import { findChangeset } from '../db/changesets'
import { getDb } from '../db/client'
import type { ChangesetRow } from '../db/schema'
import { pageSecrets, verifyPageToken, type PageClaims } from './token'

export interface PageAccess {
  claims: PageClaims
  changeset: ChangesetRow
}

/**
 * The changeset a page token opens, or undefined: a bad, expired or foreign token and a deleted
 * changeset look the same, so a link says nothing about what it once pointed at.
 */
export async function openPage(env: Env, changesetId: string, token: string | undefined): Promise<PageAccess | undefined> {
  const claims = await verifyPageToken(pageSecrets(env), token, changesetId)
  if (!claims) return undefined
  const changeset = await findChangeset(getDb(env.DB), claims.tenantId, changesetId)
  return changeset ? { claims, changeset } : undefined
}
