import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { z } from 'zod'
import { requireUser } from '~/session.server'
import { db } from '~/db.server'

const SettingsSchema = z.object({
  name: z.string().trim().min(2).max(80),
  description: z.string().trim().max(500).optional(),
  visibility: z.enum(['private', 'team', 'public']),
})

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.project.name} · Settings` : 'Project settings' },
]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request)
  const project = await db.project.findFirst({
    where: { id: params.projectId, members: { some: { userId: user.id } } },
    select: { id: true, name: true, description: true, visibility: true },
  })
  if (!project) throw new Response('Not found', { status: 404 })
  return json({ project })
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request)
  const form = await request.formData()
  const parsed = SettingsSchema.safeParse(Object.fromEntries(form))
  if (!parsed.success) {
    return json({ errors: parsed.error.flatten().fieldErrors }, { status: 400 })
  }

  const updated = await db.project.updateMany({
    where: { id: params.projectId, members: { some: { userId: user.id, role: 'owner' } } },
    data: parsed.data,
  })
  if (updated.count === 0) throw new Response('Forbidden', { status: 403 })

  return redirect(`/projects/${params.projectId}`)
}

export default function ProjectSettings() {
  const { project } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const navigation = useNavigation()
  const saving = navigation.state === 'submitting'

  return (
    <Form method="post" className="settings-form">
      <label>
        Name
        <input name="name" defaultValue={project.name} required minLength={2} maxLength={80} />
      </label>
      {actionData?.errors?.name ? <p className="error">{actionData.errors.name[0]}</p> : null}
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
  )
}
