// corpus: path=app/share/[token]/route.ts
import { NextResponse, type NextRequest } from 'next/server'
import { decodeJwt, jwtVerify } from 'jose'
import { prisma } from '@/lib/prisma'

const secret = new TextEncoder().encode(process.env.SHARE_LINK_SECRET)

export async function GET(req: NextRequest, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  try {
    const { payload } = await jwtVerify(token, secret, { algorithms: ['HS256'] })
    const doc = await prisma.document.findUnique({ where: { id: String(payload.docId) } })
    if (!doc) return NextResponse.json({ error: 'not_found' }, { status: 404 })

    const q = req.nextUrl.searchParams.get('q')
    if (q) {
      const hits = await prisma.$queryRawUnsafe(`SELECT id, snippet FROM document_search WHERE doc_id = '${doc.id}' AND body @@ plainto_tsquery('${q}')`) // expect: sql-injection
      return NextResponse.json({ title: doc.title, hits })
    }
    const highlights = await prisma.$queryRaw`SELECT id, text FROM highlights WHERE doc_id = ${doc.id} ORDER BY position` // ok: sql-injection
    return NextResponse.json({ title: doc.title, body: doc.body, highlights })
  } catch {
    return NextResponse.json({ error: 'invalid_link' }, { status: 401 })
  }
}

export async function POST(req: NextRequest, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  const claims = decodeJwt(token) // expect: jwt-weak
  const form = await req.formData()
  await prisma.comment.create({
    data: { docId: String(claims.docId), author: String(form.get('author') ?? 'guest').slice(0, 60), text: String(form.get('text') ?? '').slice(0, 2000) },
  })
  const next = form.get('next')
  if (typeof next === 'string') {
    const dest = new URL(next, req.url)
    if (dest.pathname.startsWith('/share/')) return NextResponse.redirect(dest, 303) // expect: open-redirect
  }
  return NextResponse.redirect(new URL(`/share/${encodeURIComponent(token)}`, req.url), 303) // ok: open-redirect
}
