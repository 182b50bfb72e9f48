// corpus: path=src/db/client.ts
import { drizzle } from 'drizzle-orm/node-postgres';
import { Pool } from 'pg';
import * as schema from './schema';

const pool = new Pool({
  host: 'db.prod.internal',
  user: 'app',
  password: 'Pr0d-DB-p@ssw0rd!2024', // expect: hardcoded-secret
  database: 'app',
  max: 10,
});

const replica = new Pool({ connectionString: process.env.REPLICA_URL, max: 5 }); // ok: hardcoded-secret

export const db = drizzle(pool, { schema });
export const readDb = drizzle(replica, { schema });

export const redisUrl = 'redis://:r3d1s-s3cr3t-pw@cache.prod.internal:6379/0'; // expect: hardcoded-secret
export const localRedisUrl = 'redis://localhost:6379/0'; // ok: hardcoded-secret
