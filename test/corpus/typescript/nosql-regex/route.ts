// corpus: path=app/api/members/route.ts
import { NextRequest, NextResponse } from 'next/server';
import { z } from 'zod';
import clientPromise from '@/lib/mongodb';

const Lookup = z.object({ email: z.string().email(), team: z.string().min(1) });

export async function GET(req: NextRequest) {
  const db = (await clientPromise).db('app');
  const q = req.nextUrl.searchParams.get('q') ?? '';
  const members = await db // expect: regex-injection
    .collection('members')
    .find({ name: { $regex: q, $options: 'i' } })
    .limit(20)
    .toArray();
  return NextResponse.json(members);
}

export async function POST(req: NextRequest) {
  const db = (await clientPromise).db('app');
  const body = await req.json();
  const member = await db.collection('members').findOne({ email: body.email, team: body.team }); // expect: nosql-injection
  return NextResponse.json({ exists: Boolean(member) });
}

export async function PUT(req: NextRequest) {
  const db = (await clientPromise).db('app');
  const parsed = Lookup.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: parsed.error.flatten() }, { status: 400 });
  const member = await db.collection('members').findOne({ email: parsed.data.email, team: parsed.data.team }); // ok: nosql-injection
  return NextResponse.json({ exists: Boolean(member) });
}

export async function DELETE(req: NextRequest) {
  const db = (await clientPromise).db('app');
  const { searchParams } = new URL(req.url);
  const escaped = (searchParams.get('name') ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const result = await db.collection('members').deleteMany({ name: new RegExp(`^${escaped}$`), archived: true }); // ok: regex-injection
  return NextResponse.json({ deleted: result.deletedCount });
}
