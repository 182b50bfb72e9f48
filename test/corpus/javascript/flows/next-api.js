// corpus: path=pages/api/share.js
import crypto from 'crypto';
import jwt from 'jsonwebtoken';
import { query } from '../../lib/db';

const LINK_SECRET = process.env.LINK_SECRET;

export default async function handler(req, res) {
  if (req.method === 'POST') {
    const { documentId, email } = req.body;
    const shareId = Math.random().toString(36).substring(2, 10); // expect: insecure-random
    const token = jwt.sign({ documentId, email, shareId }, 'share-links-2023'); // expect: hardcoded-secret
    await query('INSERT INTO shares (id, document_id, email) VALUES ($1, $2, $3)', [shareId, documentId, email]); // ok: sql-injection
    res.setHeader('Set-Cookie', `share=${token}; Path=/`); // expect: insecure-cookie
    return res.status(201).json({ url: `/s/${shareId}` });
  }
  if (req.method === 'GET') {
    const { token } = req.query;
    const claims = jwt.verify(token, LINK_SECRET, { algorithms: ['HS256'] }); // ok: jwt-weak
    const rows = await query('SELECT * FROM documents WHERE id = $1', [claims.documentId]); // ok: sql-injection
    const fingerprint = crypto.createHash('sha256').update(String(token)).digest('hex'); // ok: weak-hash
    return res.json({ document: rows[0], fingerprint });
  }
  res.setHeader('Allow', 'GET, POST');
  return res.status(405).end();
}
