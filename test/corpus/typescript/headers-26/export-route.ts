// corpus: path=app/api/export/route.ts
import { NextRequest } from 'next/server'
import { buildCsv } from '@/lib/export'
import { requireSession } from '@/lib/auth'

export async function GET(request: NextRequest) {
  const session = await requireSession(request)
  const { searchParams } = request.nextUrl
  const filename = searchParams.get('filename') ?? 'export.csv'
  const csv = await buildCsv(session.userId)
  return new Response(csv, {  // expect: header-injection
    headers: {
      'Content-Type': 'text/csv',
      'Content-Disposition': `attachment; filename="${filename}"`,
    },
  })
}

export async function POST(request: NextRequest) {
  const session = await requireSession(request)
  const { filename = 'export.csv' } = await request.json()
  const csv = await buildCsv(session.userId)
  return new Response(csv, {  // ok: header-injection
    headers: {
      'Content-Type': 'text/csv',
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`,
    },
  })
}
