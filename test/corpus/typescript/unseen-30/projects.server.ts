// corpus: path=src/lib/projects.ts
import { action, query, redirect } from '@solidjs/router'
import { getRequestEvent } from 'solid-js/web'
import { and, desc, eq, sql } from 'drizzle-orm'
import { execFile, exec } from 'node:child_process'
import { promisify } from 'node:util'
import { db } from '~/db'
import { projects, deployments } from '~/db/schema'
import { getSession } from './session'

const execFileAsync = promisify(execFile)
const execAsync = promisify(exec)

async function requireUser() {
  'use server'
  const session = await getSession()
  const userId = session.data.userId
  if (!userId) throw redirect('/login')
  return userId
}

export const listProjects = query(async (filter: string, sort: string) => {
  'use server'
  const userId = await requireUser()
  const rows = await db
    .select()
    .from(projects)
    .where(and(eq(projects.ownerId, userId), sql`${projects.name} ilike ${'%' + filter + '%'}`)) // ok: sql-injection
    .orderBy(sql.raw(`${sort} desc`)) // expect: sql-injection
    .limit(50)
  return rows
}, 'projects')

export const getProject = query(async (slug: string) => {
  'use server'
  const userId = await requireUser()
  const [row] = await db
    .select()
    .from(projects)
    .where(and(eq(projects.slug, slug), eq(projects.ownerId, userId)))
  return row ?? null
}, 'project')

export const recentDeployments = query(async (projectId: string) => {
  'use server'
  return db
    .select()
    .from(deployments)
    .where(eq(deployments.projectId, projectId))
    .orderBy(desc(deployments.createdAt))
    .limit(10)
}, 'deployments')

export const createProject = action(async (form: FormData) => {
  'use server'
  const userId = await requireUser()
  const name = String(form.get('name') ?? '').trim()
  const repo = String(form.get('repo') ?? '').trim()
  if (!name || !/^[\w.-]+\/[\w.-]+$/.test(repo)) return new Error('Name and owner/repo are required')
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-')
  await db.insert(projects).values({ name, slug, repo, ownerId: userId })
  const next = String(form.get('next') ?? '')
  throw redirect(next || `/projects/${slug}`) // expect: open-redirect
})

export const deployBranch = action(async (form: FormData) => {
  'use server'
  const userId = await requireUser()
  const slug = String(form.get('slug'))
  const branch = String(form.get('branch') ?? 'main')
  const [project] = await db.select().from(projects).where(and(eq(projects.slug, slug), eq(projects.ownerId, userId)))
  if (!project) return new Error('Unknown project')
  const workdir = `/srv/builds/${project.id}`
  await execFileAsync('git', ['-C', workdir, 'fetch', 'origin', branch], { timeout: 60_000 }) // ok: command-injection
  const { stdout } = await execAsync(`git -C ${workdir} checkout ${branch} && npm ci && npm run build`, { timeout: 600_000 }) // expect: command-injection
  await db.insert(deployments).values({ projectId: project.id, branch, log: stdout.slice(-10_000) })
  throw redirect(`/projects/${slug}/deployments`) // ok: open-redirect
})

export const pingWebhook = action(async (form: FormData) => {
  'use server'
  await requireUser()
  const hookUrl = String(form.get('url'))
  const res = await fetch(hookUrl, { method: 'POST', body: JSON.stringify({ type: 'ping' }) }) // expect: ssrf
  return { status: res.status }
})

export const logout = action(async () => {
  'use server'
  const session = await getSession()
  await session.clear()
  const event = getRequestEvent()
  const back = new URL(event!.request.url).searchParams.get('back')
  throw redirect(back?.startsWith('/') && !back.startsWith('//') ? back : '/') // ok: open-redirect
})
