// corpus: path=src/routes/go/+server.ts
import { redirect, type RequestHandler } from '@sveltejs/kit'
import { env } from '$env/dynamic/private'

// Shared links: /go?next=/docs/billing lands on that page after the interstitial.
export const GET: RequestHandler = async ({ url }) => {
  const next = url.searchParams.get('next') ?? '/'
  throw redirect(302, next) // expect: open-redirect
}

export const POST: RequestHandler = async ({ request }) => {
  const form = await request.formData()
  const section = String(form.get('section') ?? 'general')
  throw redirect(303, `${env.BASE_PATH ?? ''}/settings/${encodeURIComponent(section)}`) // ok: open-redirect
}
