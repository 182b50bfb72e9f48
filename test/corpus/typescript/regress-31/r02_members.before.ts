import { Router, type Request, type Response } from 'express'
import { Prisma } from '@prisma/client'
import { prisma } from '../lib/prisma'
import { requireRole } from '../middleware/roles'

export const members = Router()

const SORT_COLUMNS: Record<string, string> = {
  name: 'm.display_name',
  joined: 'm.joined_at',
  activity: 'm.last_seen_at',
}

type MemberRow = { id: string; display_name: string; role: string; joined_at: Date }

members.get('/orgs/:orgId/members', requireRole('member'), async (req: Request, res: Response) => {
  const orgId = req.params.orgId
  const role = typeof req.query.role === 'string' ? req.query.role : undefined
  const limit = Math.min(Number(req.query.limit) || 50, 200)
  let sql = `SELECT m.id, m.display_name, m.role, m.joined_at
    FROM memberships m
    WHERE m.org_id = $1`
  const params: unknown[] = [orgId]
  if (role) {
    params.push(role)
    sql += ` AND m.role = $${params.length}`
  }
  sql += ' ORDER BY m.display_name'
  params.push(limit)
  sql += ` LIMIT $${params.length}`
  const rows = await prisma.$queryRawUnsafe<MemberRow[]>(sql, ...params)
  res.json(rows)
})

members.get('/orgs/:orgId/audit', requireRole('admin'), async (req: Request, res: Response) => {
  const orgId = req.params.orgId
  const since = new Date(String(req.query.since ?? 0))
  if (Number.isNaN(since.getTime())) return res.status(400).json({ error: 'bad since' })
  const actor = req.query.actor as string | undefined
  let sql = `SELECT id, actor_id, action, created_at FROM audit_log
    WHERE org_id = '${orgId.replace(/[^a-z0-9-]/gi, '')}'
      AND created_at >= '${since.toISOString()}'`
  if (actor) sql += ` AND actor_id = '${actor.replace(/[^a-z0-9-]/gi, '')}'`
  sql += ' ORDER BY created_at DESC LIMIT 500'
  const rows = await prisma.$queryRawUnsafe(sql)
  res.json(rows)
})

members.delete('/orgs/:orgId/members/:id', requireRole('admin'), async (req: Request, res: Response) => {
  await prisma.$executeRaw(Prisma.sql`DELETE FROM memberships WHERE org_id = ${req.params.orgId} AND id = ${req.params.id}`)
  res.sendStatus(204)
})

members.get('/orgs/:orgId/members/count', requireRole('member'), async (req: Request, res: Response) => {
  const count = await prisma.membership.count({ where: { orgId: req.params.orgId } })
  res.json({ count })
})
