// corpus: path=src/lib/integrations.ts
import { Octokit } from '@octokit/rest';
import { createClient } from '@supabase/supabase-js';
import { S3Client } from '@aws-sdk/client-s3';
import { WebClient } from '@slack/web-api';

export const octokit = new Octokit({ auth: 'ghp_R8mT2vXq9LkP4wZs7YhN3cBd6FjG1aE5uK0o' }); // expect: hardcoded-secret

export const supabaseAdmin = createClient(
  'https://xyzcompany.supabase.co',
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6Inh5emNvbXBhbnkiLCJyb2xlIjoic2VydmljZV9yb2xlIiwiaWF0IjoxNjk4MDAwMDAwLCJleHAiOjIwMTM1NzYwMDB9.4fJ2kQ8wZp3NvR6tY1xL9cB7mD0sA5eH2gU4iO8jK6E', // expect: hardcoded-secret
);

export const supabasePublic = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!); // ok: hardcoded-secret

export const s3 = new S3Client({
  region: 'eu-west-1',
  credentials: {
    accessKeyId: 'AKIAQX3RZ7HMT5JWBN2C', // expect: hardcoded-secret
    secretAccessKey: 'r8Vb2Xq9/TmK4wLz7PyN3cHd6FjG1aE5uKs0oQe', // expect: hardcoded-secret
  },
});

export const slack = new WebClient(process.env.SLACK_BOT_TOKEN); // ok: hardcoded-secret

export const EXAMPLE_CONFIG = {
  apiKey: '<YOUR_API_KEY>', // ok: hardcoded-secret
  webhookSecret: 'whsec_...', // ok: hardcoded-secret
};

export const legacyInventory = new WebSocket('ws://inventory.example-partner.com/stream?token=' + process.env.INVENTORY_TOKEN); // expect: cleartext-http
export const localDev = new WebSocket('ws://localhost:8787/stream'); // ok: cleartext-http
