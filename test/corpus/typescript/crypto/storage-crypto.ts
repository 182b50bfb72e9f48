// corpus: path=src/storage/encryption.ts
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';

const MASTER = scryptSync(process.env.STORAGE_PASSPHRASE ?? '', 'storage-v1', 32);

export function sealBlob(data: Buffer): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('chacha20-poly1305', MASTER, iv, { authTagLength: 16 }); // ok: weak-cipher
  const body = Buffer.concat([cipher.update(data), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

export function sealLegacy(data: Buffer): Buffer {
  const cipher = createCipheriv('bf-cbc', MASTER.subarray(0, 16), Buffer.alloc(8)); // expect: weak-cipher
  return Buffer.concat([cipher.update(data), cipher.final()]);
}

export function sealIndex(data: Buffer): Buffer {
  const cipher = createCipheriv('aes-128-ecb', MASTER.subarray(0, 16), null); // expect: weak-cipher
  return Buffer.concat([cipher.update(data), cipher.final()]);
}

export function openLegacy(blob: Buffer): Buffer {
  const decipher = createDecipheriv('des-cbc', MASTER.subarray(0, 8), blob.subarray(0, 8)); // expect: weak-cipher
  return Buffer.concat([decipher.update(blob.subarray(8)), decipher.final()]);
}

export function sealCbc(data: Buffer): Buffer {
  const iv = randomBytes(16);
  const cipher = createCipheriv('aes-256-cbc', MASTER, iv); // ok: weak-cipher
  return Buffer.concat([iv, cipher.update(data), cipher.final()]);
}
