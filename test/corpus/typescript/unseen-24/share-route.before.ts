import { NextResponse, type NextRequest } from 'next/server'
import { jwtVerify } from 'jose'
import { prisma } from '@/lib/prisma'

const secret = new TextEncoder().encode(process.env.SHARE_LINK_SECRET)

export async function GET(req: NextRequest, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  try {
    const { payload } = await jwtVerify(token, secret, { algorithms: ['HS256'] })
    const doc = await prisma.document.findUnique({ where: { id: String(payload.docId) } })
    if (!doc) return NextResponse.json({ error: 'not_found' }, { status: 404 })
    return NextResponse.json({ title: doc.title, body: doc.body })
  } catch {
    return NextResponse.json({ error: 'invalid_link' }, { status: 401 })
  }
}
