// corpus: path=app/api/files/route.ts
import { NextResponse, type NextRequest } from 'next/server';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { sql } from '@vercel/postgres';
import { db } from '@/lib/db';

const DOCS = path.join(process.cwd(), 'content', 'docs');

export async function GET(request: NextRequest) {
  const slug = request.nextUrl.searchParams.get('slug') ?? 'index';
  const mdPath = path.join(DOCS, `${slug}.md`);
  const markdown = await readFile(mdPath, 'utf8'); // expect: path-traversal
  return new NextResponse(markdown, { headers: { 'content-type': 'text/markdown' } });
}

export async function POST(request: NextRequest) {
  const { title, tag } = (await request.json()) as { title: string; tag: string };
  await sql`INSERT INTO docs (title, tag) VALUES (${title}, ${tag})`; // ok: sql-injection
  const rows = await db.execute(`SELECT id FROM docs WHERE tag = '${tag}'`); // expect: sql-injection
  return NextResponse.json({ ok: true, count: rows.length });
}

export async function PUT(request: NextRequest) {
  const form = await request.formData();
  const next = String(form.get('next') ?? '/');
  return NextResponse.redirect(new URL(next, request.url)); // expect: open-redirect
}

export async function DELETE(request: NextRequest) {
  const next = request.nextUrl.searchParams.get('next') ?? '/';
  const target = new URL(next, request.url);
  if (target.origin !== request.nextUrl.origin) return NextResponse.json({ error: 'bad redirect' }, { status: 400 });
  return NextResponse.redirect(target); // ok: open-redirect
}
