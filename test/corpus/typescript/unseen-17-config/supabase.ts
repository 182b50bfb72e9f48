// corpus: path=src/lib/supabase.ts
import { createClient } from '@supabase/supabase-js';
import type { Database } from './database.types';

const SUPABASE_URL = 'https://xyzcompanyref.supabase.co';
const SUPABASE_ANON_KEY = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6Inh5emNvbXBhbnlyZWYiLCJyb2xlIjoiYW5vbiIsImlhdCI6MTcxMDAwMDAwMCwiZXhwIjoyMDI1NTc2MDAwfQ.Q3vL8pX2mK9tR4wY7zB1nC6fD0hJ5sG3aE8uI2oP4kM'; // ok: hardcoded-secret

export const supabase = createClient<Database>(SUPABASE_URL, SUPABASE_ANON_KEY, {
  auth: { persistSession: true, autoRefreshToken: true },
});

export const supabaseAdmin = createClient<Database>(
  SUPABASE_URL,
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6Inh5emNvbXBhbnlyZWYiLCJyb2xlIjoic2VydmljZV9yb2xlIiwiaWF0IjoxNzEwMDAwMDAwLCJleHAiOjIwMjU1NzYwMDB9.Zr7Kx2Lm9Vq4Wt8Nb1Jc6Hd3Fs5Gy0PeUa2Bc7Dk', // expect: hardcoded-secret
  { auth: { persistSession: false } },
);

export async function currentProfile() {
  const { data: auth } = await supabase.auth.getUser();
  if (!auth.user) return null;
  const { data } = await supabase.from('profiles').select('id, display_name, avatar_url').eq('id', auth.user.id).single();
  return data;
}
