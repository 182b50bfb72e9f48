// corpus: path=app/api/search/route.ts
import { NextRequest, NextResponse } from 'next/server'
import { sql } from '@vercel/postgres'
import { db } from '@/lib/db'

export async function GET(request: NextRequest) {
  const q = request.nextUrl.searchParams.get('q') ?? ''
  const { rows } = await sql`SELECT id, title FROM posts WHERE title ILIKE ${'%' + q + '%'}` // ok: sql-injection
  return NextResponse.json(rows)
}

export async function POST(request: NextRequest) {
  const { column, value } = await request.json()
  const rows = await db.$queryRawUnsafe(`SELECT * FROM posts WHERE ${column} = '${value}'`) // expect: sql-injection
  return NextResponse.json(rows)
}

export async function PUT(request: NextRequest) {
  const { id, title } = await request.json()
  await db.$executeRaw`UPDATE posts SET title = ${title} WHERE id = ${id}` // ok: sql-injection
  return new NextResponse(null, { status: 204 })
}

export async function DELETE(request: NextRequest) {
  const next = request.nextUrl.searchParams.get('next') ?? '/'
  return NextResponse.redirect(new URL(next, request.url)) // expect: open-redirect
}

export async function PATCH(request: NextRequest) {
  const next = request.nextUrl.searchParams.get('next') ?? '/'
  return NextResponse.redirect(next) // expect: open-redirect
}
