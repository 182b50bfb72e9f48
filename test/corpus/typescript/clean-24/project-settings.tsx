// corpus: path=app/routes/projects.$projectId.settings.tsx
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { z } from 'zod'
import { requireUser } from '~/session.server'
import { db } from '~/db.server'
import { recordActivity } from '~/activity.server'

const SettingsSchema = z.object({
  intent: z.literal('save'),
  name: z.string().trim().min(2).max(80),
  description: z.string().trim().max(500).optional(),
  visibility: z.enum(['private', 'team', 'public']),
})

const ArchiveSchema = z.object({
  intent: z.literal('archive'),
  confirm: z.string(),
})

const IntentSchema = z.discriminatedUnion('intent', [SettingsSchema, ArchiveSchema])

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.project.name} · Settings` : 'Project settings' },
]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request)
  const project = await db.project.findFirst({
    where: { id: params.projectId, members: { some: { userId: user.id } } },
    select: { id: true, name: true, description: true, visibility: true, archivedAt: true },
  })
  if (!project) throw new Response('Not found', { status: 404 })
  const membership = await db.member.findUnique({
    where: { projectId_userId: { projectId: project.id, userId: user.id } },
    select: { role: true },
  })
  return json({ project, canArchive: membership?.role === 'owner' })
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request)
  const form = await request.formData()
  const parsed = IntentSchema.safeParse(Object.fromEntries(form))
  if (!parsed.success) {
    return json({ errors: parsed.error.flatten().fieldErrors }, { status: 400 })
  }
  const ownerOnly = { id: params.projectId, members: { some: { userId: user.id, role: 'owner' as const } } }

  if (parsed.data.intent === 'archive') {
    const project = await db.project.findFirst({ where: ownerOnly, select: { id: true, name: true } })
    if (!project) throw new Response('Forbidden', { status: 403 })
    if (parsed.data.confirm !== project.name) {
      return json({ errors: { confirm: ['Type the project name to confirm'] } }, { status: 400 })
    }
    await db.project.update({ where: { id: project.id }, data: { archivedAt: new Date() } })
    await recordActivity({ actorId: user.id, projectId: project.id, kind: 'project.archived' })
    return redirect('/projects?archived=1')
  }

  const { name, description, visibility } = parsed.data
  const updated = await db.project.updateMany({
    where: ownerOnly,
    data: { name, description, visibility },
  })
  if (updated.count === 0) throw new Response('Forbidden', { status: 403 })
  await recordActivity({ actorId: user.id, projectId: params.projectId!, kind: 'project.updated' })

  return redirect(`/projects/${encodeURIComponent(params.projectId!)}`)
}

export default function ProjectSettings() {
  const { project, canArchive } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const navigation = useNavigation()
  const saving = navigation.state === 'submitting' && navigation.formData?.get('intent') === 'save'
  const archiving = navigation.state === 'submitting' && navigation.formData?.get('intent') === 'archive'
  const errors = (actionData?.errors ?? {}) as Record<string, string[] | undefined>

  return (
    <>
      <Form method="post" className="settings-form">
        <input type="hidden" name="intent" value="save" />
        <label>
          Name
          <input name="name" defaultValue={project.name} required minLength={2} maxLength={80} />
        </label>
        {errors.name ? <p className="error">{errors.name[0]}</p> : null}
        <label>
          Description
          <textarea name="description" defaultValue={project.description ?? ''} maxLength={500} />
        </label>
        <label>
          Visibility
          <select name="visibility" defaultValue={project.visibility}>
            <option value="private">Private</option>
            <option value="team">Team</option>
            <option value="public">Public</option>
          </select>
        </label>
        <button type="submit" disabled={saving}>
          {saving ? 'Saving…' : 'Save'}
        </button>
      </Form>

      {canArchive && !project.archivedAt ? (
        <Form method="post" className="danger-zone">
          <h2>Archive project</h2>
          <p>
            Archived projects are read-only. Type <strong>{project.name}</strong> to confirm.
          </p>
          <input type="hidden" name="intent" value="archive" />
          <input name="confirm" autoComplete="off" aria-label="Project name" />
          {errors.confirm ? <p className="error">{errors.confirm[0]}</p> : null}
          <button type="submit" className="danger" disabled={archiving}>
            {archiving ? 'Archiving…' : 'Archive'}
          </button>
        </Form>
      ) : null}
    </>
  )
}
