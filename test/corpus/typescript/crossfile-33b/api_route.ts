// corpus: path=src/app/api/reports/route.ts changeset=reports
import { NextResponse, type NextRequest } from 'next/server'
import { buildReport, renderSummary, runExport } from '@/server'

export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams
  const report = await buildReport(params.get('table') ?? 'orders', params.get('from') ?? '')
  return NextResponse.json(report)
}

export async function POST(request: NextRequest) {
  const { title, format } = await request.json()
  await runExport(String(format))
  return new NextResponse(renderSummary(String(title)), { headers: { 'content-type': 'text/html' } }) // expect: xss
}
