// corpus: path=app/api/integrations/[provider]/route.ts
import { NextRequest, NextResponse } from 'next/server'
import got from 'got'
import { getServerSession } from 'next-auth'
import { authOptions } from '@/lib/auth'
import { prisma } from '@/lib/prisma'
import { PROVIDERS } from '@/lib/integrations/providers'

export const runtime = 'nodejs'

type Params = { params: Promise<{ provider: string }> }

export async function GET(request: NextRequest, { params }: Params) {
  const session = await getServerSession(authOptions)
  if (!session?.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 })
  const { provider } = await params
  const config = PROVIDERS[provider]
  if (!config) return NextResponse.json({ error: 'unknown provider' }, { status: 404 })

  const { searchParams } = new URL(request.url)
  const endpoint = searchParams.get('endpoint') ?? '/status'
  const upstream = await fetch(new URL(endpoint, config.baseUrl), { headers: { authorization: `Bearer ${config.token}` } }) // expect: ssrf
  return NextResponse.json(await upstream.json())
}

export async function POST(request: NextRequest, { params }: Params) {
  const session = await getServerSession(authOptions)
  if (!session?.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 })
  const { provider } = await params
  const body = (await request.json()) as { callbackUrl?: string; label?: string }

  const integration = await prisma.integration.create({
    data: { provider, label: body.label ?? provider, userId: session.user.id, callbackUrl: body.callbackUrl ?? null },
  })

  if (body.callbackUrl) {
    const probe = await got.head(body.callbackUrl, { timeout: { request: 3000 }, throwHttpErrors: false }) // expect: ssrf
    await prisma.integration.update({ where: { id: integration.id }, data: { reachable: probe.statusCode < 400 } })
  }
  return NextResponse.json(integration, { status: 201 })
}

export async function DELETE(request: NextRequest, { params }: Params) {
  const session = await getServerSession(authOptions)
  if (!session?.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 })
  const { provider } = await params
  await prisma.integration.deleteMany({ where: { provider, userId: session.user.id } })
  const next = request.nextUrl.searchParams.get('next') ?? '/settings/integrations'
  return NextResponse.redirect(new URL(next, request.url)) // expect: open-redirect
}

export async function PATCH(request: NextRequest, { params }: Params) {
  const session = await getServerSession(authOptions)
  if (!session?.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 })
  const { provider } = await params
  const config = PROVIDERS[provider]
  if (!config) return NextResponse.json({ error: 'unknown provider' }, { status: 404 })
  const refreshed = await fetch(`${config.baseUrl}/oauth/refresh`, { method: 'POST', headers: { authorization: `Bearer ${config.token}` } }) // ok: ssrf
  return NextResponse.json({ ok: refreshed.ok })
}
