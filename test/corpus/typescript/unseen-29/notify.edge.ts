// corpus: path=supabase/functions/notify-subscribers/index.ts
import { createClient } from 'npm:@supabase/supabase-js@2'
import { decodeJwt, jwtVerify } from 'npm:jose@5'

const SUPABASE_URL = Deno.env.get('SUPABASE_URL')!
const SERVICE_ROLE_KEY = Deno.env.get('SUPABASE_SERVICE_ROLE_KEY') ?? 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6Inh5bWRxcGxrdG5ma3Z3c2JqZ2hlIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTcxMjAwMDAwMCwiZXhwIjoyMDI3NTc2MDAwfQ.q2d6Yv8N1kR4uVbJx7tW9mZsQeLh3pFa0cGiKoUyTnA' // expect: hardcoded-secret
const JWT_SECRET = new TextEncoder().encode(Deno.env.get('SUPABASE_JWT_SECRET')!) // ok: hardcoded-secret
const ALLOWED_ORIGINS = new Set(['https://app.pollen.so', 'https://admin.pollen.so'])

const admin = createClient(SUPABASE_URL, SERVICE_ROLE_KEY, { auth: { persistSession: false } })

function corsHeaders(origin: string | null): HeadersInit {
  return {
    'Access-Control-Allow-Origin': origin && ALLOWED_ORIGINS.has(origin) ? origin : 'https://app.pollen.so', // ok: permissive-cors
    'Access-Control-Allow-Headers': 'authorization, content-type',
    'Access-Control-Allow-Credentials': 'true',
    Vary: 'Origin',
  }
}

interface NotifyPayload {
  listId: string
  subject: string
  callbackUrl?: string
}

Deno.serve(async (req) => {
  const origin = req.headers.get('origin')
  if (req.method === 'OPTIONS') return new Response(null, { headers: corsHeaders(origin) })

  const token = (req.headers.get('authorization') ?? '').replace(/^Bearer\s+/i, '')
  const claims = decodeJwt(token) // expect: jwt-weak
  if (claims.role !== 'authenticated' || !claims.sub) {
    return new Response(JSON.stringify({ error: 'unauthorized' }), { status: 401, headers: corsHeaders(origin) })
  }

  const payload = (await req.json()) as NotifyPayload
  const { data: list, error } = await admin
    .from('lists')
    .select('id, owner_id, name')
    .eq('id', payload.listId)
    .eq('owner_id', claims.sub)
    .single()
  if (error || !list) return new Response(JSON.stringify({ error: 'not found' }), { status: 404, headers: corsHeaders(origin) })

  const { data: queued, error: rpcError } = await admin.rpc('queue_list_notification', { // ok: sql-injection
    p_list_id: list.id,
    p_subject: payload.subject,
    p_requested_by: claims.sub,
  })
  if (rpcError) {
    return new Response(JSON.stringify({ error: rpcError.message, hint: rpcError.hint, details: rpcError.details }), { // expect: error-exposure
      status: 500,
      headers: { ...corsHeaders(origin), 'Content-Type': 'application/json' },
    })
  }

  if (payload.callbackUrl) {
    await fetch(payload.callbackUrl, { // expect: ssrf
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ listId: list.id, queued }),
    })
  }

  return new Response(JSON.stringify({ queued }), { headers: { ...corsHeaders(origin), 'Content-Type': 'application/json' } })
})

export async function verifiedUserId(token: string): Promise<string | null> {
  try {
    const { payload } = await jwtVerify(token, JWT_SECRET, { algorithms: ['HS256'], audience: 'authenticated' }) // ok: jwt-weak
    return payload.sub ?? null
  } catch {
    return null
  }
}
