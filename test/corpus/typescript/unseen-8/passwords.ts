// corpus: path=src/users/passwords.ts
import md5 from 'md5';
import CryptoJS from 'crypto-js';
import { createHash, randomBytes, randomInt, scrypt as scryptCb } from 'node:crypto';
import { promisify } from 'node:util';

const scrypt = promisify(scryptCb);

export function legacyPasswordHash(password: string): string {
  return md5(password); // expect: weak-hash
}

export function vendorPasswordDigest(username: string, password: string): string {
  return CryptoJS.SHA1(`${username}:${password}`).toString(CryptoJS.enc.Hex); // expect: weak-hash
}

export async function passwordHash(password: string): Promise<string> {
  const salt = randomBytes(16).toString('hex');
  const key = (await scrypt(password, salt, 64)) as Buffer;
  return `${salt}:${key.toString('hex')}`; // ok: weak-hash
}

export function gravatarUrl(email: string): string {
  return `https://www.gravatar.com/avatar/${md5(email.trim().toLowerCase())}?d=identicon`; // ok: weak-hash
}

export function etag(body: string): string {
  return `"${createHash('sha1').update(body).digest('base64')}"`; // ok: weak-hash
}

export function apiTokenFingerprint(token: string): string {
  return createHash('md5').update(token).digest('hex'); // expect: weak-hash
}

export function newCaptchaAnswer(): string {
  return String(randomInt(1000, 9999)); // ok: insecure-random
}

export function newEmailChangeToken(): string {
  const token = Math.random().toString(36).substring(2, 15) + Math.random().toString(36).substring(2, 15); // expect: insecure-random
  return token;
}

export function newTemporaryPassword(): string {
  return Array.from({ length: 12 }, () => 'abcdefghjkmnpqrstuvwxyz23456789'[Math.floor(Math.random() * 31)]).join(''); // expect: insecure-random
}

export function avatarHue(): number {
  return Math.floor(Math.random() * 360); // ok: insecure-random
}
