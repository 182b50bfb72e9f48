import { NextResponse, type NextRequest } from 'next/server'

const ALLOWED_ORIGINS = new Set(['https://app.example.com', 'https://www.example.com'])


export const config = { matcher: ['/api/:path*', '/go'] }
