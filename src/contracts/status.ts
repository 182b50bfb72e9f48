import { z } from '@hono/zod-openapi'
import { CHANGESET_STATUSES, FINDING_STATUSES, VERDICTS } from '../db/schema'

export const ChangesetStatusSchema = z.enum(CHANGESET_STATUSES).openapi('ChangesetStatus')
export const FindingStatusSchema = z.enum(FINDING_STATUSES).openapi('FindingStatus')
export const VerdictSchema = z.enum(VERDICTS).openapi('Verdict')

/** Counts keyed by severity, category or status. */
export const CountsSchema = z.record(z.string(), z.number().int())
