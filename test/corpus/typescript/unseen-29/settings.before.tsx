import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { prisma } from '~/db.server'
import { requireUser } from '~/session.server'

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request)
  const settings = await prisma.settings.findUnique({ where: { userId: user.id } })
  return json({ settings, email: user.email })
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request)
  const form = await request.formData()
  const timezone = String(form.get('timezone') ?? 'UTC')
  const digest = form.get('digest') === 'on'
  await prisma.settings.upsert({
    where: { userId: user.id },
    update: { timezone, digest },
    create: { userId: user.id, timezone, digest },
  })
  return redirect('/settings?saved=1')
}

export default function Settings() {
  const { settings, email } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  return (
    <main className="settings">
      <h1>Settings for {email}</h1>
      <Form method="post">
        <label>
          Timezone <input name="timezone" defaultValue={settings?.timezone ?? 'UTC'} />
        </label>
        <label>
          <input type="checkbox" name="digest" defaultChecked={settings?.digest ?? false} /> Weekly digest
        </label>
        <button type="submit">Save</button>
      </Form>
      {result ? <p role="alert">Could not save.</p> : null}
    </main>
  )
}
