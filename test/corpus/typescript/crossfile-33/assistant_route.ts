// corpus: path=app/api/assistant/route.ts changeset=assistant
import { NextResponse, type NextRequest } from 'next/server'
import { answer, answerWithPersona } from '@/lib/assistant'
import { exportTranscript, transcriptPath } from '@/lib/transcripts'
import { auth } from '@/lib/auth'

export async function POST(request: NextRequest) {
  const session = await auth()
  if (!session?.user) return NextResponse.json({ error: 'unauthorised' }, { status: 401 })
  const body = await request.json()
  const reply = await answer(body.question, body.tone)
  return NextResponse.json({ reply })
}

export async function PUT(request: NextRequest) {
  const session = await auth()
  if (!session?.user) return NextResponse.json({ error: 'unauthorised' }, { status: 401 })
  const { question, persona } = await request.json()
  return NextResponse.json({ reply: await answerWithPersona(question, persona) })
}

export async function GET(request: NextRequest) {
  const session = await auth()
  if (!session?.user) return NextResponse.json({ error: 'unauthorised' }, { status: 401 })
  const format = request.nextUrl.searchParams.get('format') ?? 'txt'
  const id = request.nextUrl.searchParams.get('id') ?? ''
  await exportTranscript(id, format)
  return NextResponse.json({ path: transcriptPath(session.user.id, id) })
}
