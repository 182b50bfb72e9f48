// corpus: path=src/lib/supabase/server.ts
import { createClient } from '@supabase/supabase-js';
import { createServerClient, type CookieOptions } from '@supabase/ssr';
import { cookies } from 'next/headers';
import postgres from 'postgres';
import type { Database } from '@/types/supabase';

export const SUPABASE_URL = 'https://qzkvmhtrwpxlcbnd.supabase.co';

// Shipped to the browser as well; row level security decides what it may read.
export const SUPABASE_ANON_KEY = // ok: hardcoded-secret
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6InF6a3ZtaHRyd3B4bGNibmQiLCJyb2xlIjoiYW5vbiIsImlhdCI6MTcxMjE0NTYwMCwiZXhwIjoyMDI3NzIxNjAwfQ.Hq3vX9mL2pKw7ZrT4nB8cY1dF6gJ0sR5uE2aW9oI3tM';

// Used by the billing cron to bypass RLS when it reconciles invoices.
const SUPABASE_SERVICE_ROLE_KEY = // expect: hardcoded-secret
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6InF6a3ZtaHRyd3B4bGNibmQiLCJyb2xlIjoic2VydmljZV9yb2xlIiwiaWF0IjoxNzEyMTQ1NjAwLCJleHAiOjIwMjc3MjE2MDB9.bK8tR2wQ5nV9xL3mZ7pC1yH4jD6fS0gA8uE2oI5rT9k';

export function createSupabaseServerClient() {
  const cookieStore = cookies();
  return createServerClient<Database>(SUPABASE_URL, SUPABASE_ANON_KEY, {
    cookies: {
      get(name: string) {
        return cookieStore.get(name)?.value;
      },
      set(name: string, value: string, options: CookieOptions) {
        cookieStore.set({ name, value, ...options });
      },
      remove(name: string, options: CookieOptions) {
        cookieStore.set({ name, value: '', ...options });
      },
    },
  });
}

export const supabaseAdmin = createClient<Database>(SUPABASE_URL, SUPABASE_SERVICE_ROLE_KEY, {
  auth: { autoRefreshToken: false, persistSession: false },
});

// Direct connection for the migrations runner and the reporting queries that PostgREST cannot express.
export const sql = postgres(
  'postgresql://postgres.qzkvmhtrwpxlcbnd:Vt8rKq2nWx5mLp9zC4hJ@aws-0-eu-central-1.pooler.supabase.com:6543/postgres', // expect: hardcoded-secret
  { prepare: false, max: 5 },
);

export const localSql = postgres(process.env.DATABASE_URL ?? 'postgresql://postgres:postgres@127.0.0.1:54322/postgres', { max: 2 }); // ok: hardcoded-secret

export const STORAGE_BUCKETS = {
  avatars: 'avatars',
  invoices: 'invoices-private',
  exports: 'exports',
} as const;

export async function signedInvoiceUrl(path: string): Promise<string | null> {
  const { data, error } = await supabaseAdmin.storage.from(STORAGE_BUCKETS.invoices).createSignedUrl(path, 60 * 5);
  if (error) return null;
  return data.signedUrl;
}

export async function userRole(userId: string): Promise<'owner' | 'admin' | 'member' | null> {
  const { data } = await supabaseAdmin.from('memberships').select('role').eq('user_id', userId).maybeSingle();
  return (data?.role as 'owner' | 'admin' | 'member' | undefined) ?? null;
}
