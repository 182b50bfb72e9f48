// corpus: path=src/session/store.ts
import { deserialize as v8Deserialize, serialize as v8Serialize } from 'node:v8';
import yaml from 'js-yaml';
import type { Request } from 'express';

export interface SessionData {
  userId: string;
  roles: string[];
}

export function readSession(req: Request): SessionData | null {
  const cookie = req.cookies['sess'] as string | undefined;
  if (!cookie) return null;
  return v8Deserialize(Buffer.from(cookie, 'base64')) as SessionData; // expect: unsafe-deserialization
}

export function writeSessionToCache(data: SessionData): Buffer {
  return v8Serialize(data); // ok: unsafe-deserialization
}

export function readSessionJson(req: Request): SessionData | null {
  const cookie = req.cookies['sess'] as string | undefined;
  return cookie ? (JSON.parse(Buffer.from(cookie, 'base64url').toString('utf8')) as SessionData) : null; // ok: unsafe-deserialization
}

export function loadRules(text: string): unknown {
  return yaml.load(text); // ok: unsafe-deserialization
}
