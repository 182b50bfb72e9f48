// corpus: path=lib/crypto/ciphers.js
const crypto = require('crypto');

const KEY = Buffer.from(process.env.DATA_KEY, 'base64');

function encryptLegacy(text) {
  const cipher = crypto.createCipheriv('des-ede3-cbc', KEY.subarray(0, 24), Buffer.alloc(8)); // expect: weak-cipher
  return Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]).toString('base64');
}

function encryptCardRef(text) {
  const cipher = crypto.createCipheriv('aes-256-ecb', KEY, null); // expect: weak-cipher
  return Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]).toString('hex');
}

function encryptOld(text, password) {
  const cipher = crypto.createCipher('aes192', password); // expect: weak-cipher
  return cipher.update(text, 'utf8', 'hex') + cipher.final('hex');
}

function encrypt(text) {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', KEY, iv); // ok: weak-cipher
  const data = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64');
}

function decrypt(blob) {
  const raw = Buffer.from(blob, 'base64');
  const decipher = crypto.createDecipheriv('aes-256-gcm', KEY, raw.subarray(0, 12)); // ok: weak-cipher
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
}

function streamCipher(text) {
  const cipher = crypto.createCipheriv('rc4', KEY.subarray(0, 16), ''); // expect: weak-cipher
  return cipher.update(text, 'utf8', 'hex') + cipher.final('hex');
}

module.exports = { encryptLegacy, encryptCardRef, encryptOld, encrypt, decrypt, streamCipher };
