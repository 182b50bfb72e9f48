// corpus: path=app/api/account/route.ts
import { NextResponse, type NextRequest } from 'next/server'
import { z } from 'zod'
import { getServerSession } from 'next-auth'
import { authOptions } from '@/lib/auth'
import { prisma } from '@/lib/prisma'

const AccountPatch = z
  .object({
    name: z.string().min(1).max(80).optional(),
    image: z.string().url().optional(),
    marketingOptIn: z.boolean().optional(),
  })
  .strict()

export async function GET() {
  const session = await getServerSession(authOptions)
  if (!session?.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 })
  const user = await prisma.user.findUnique({ where: { id: session.user.id }, select: { id: true, name: true, image: true, email: true } })
  return NextResponse.json(user)
}

export async function PATCH(req: NextRequest) {
  const session = await getServerSession(authOptions)
  if (!session?.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 })
  const parsed = AccountPatch.safeParse(await req.json())
  if (!parsed.success) return NextResponse.json({ error: parsed.error.flatten() }, { status: 422 })
  const user = await prisma.user.update({ where: { id: session.user.id }, data: parsed.data }) // ok: mass-assignment
  return NextResponse.json({ id: user.id, name: user.name })
}

export async function PUT(req: NextRequest) {
  const session = await getServerSession(authOptions)
  if (!session?.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 })
  const body = await req.json()
  const user = await prisma.user.update({ where: { id: session.user.id }, data: body }) // expect: mass-assignment
  return NextResponse.json({ id: user.id })
}

export async function POST(req: NextRequest) {
  const session = await getServerSession(authOptions)
  if (!session?.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 })
  const body = await req.json()
  const address = await prisma.address.create({
    data: { line1: String(body.line1), city: String(body.city), postcode: String(body.postcode), userId: session.user.id },
  }) // ok: mass-assignment
  return NextResponse.json(address, { status: 201 })
}
