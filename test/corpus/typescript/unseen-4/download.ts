// corpus: path=pages/api/download.ts
import type { NextApiRequest, NextApiResponse } from 'next';
import fs from 'node:fs';
import path from 'node:path';

const PUBLIC_DIR = path.join(process.cwd(), 'public', 'downloads');

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const { file, format } = req.query;
  if (req.method === 'HEAD') {
    const target = path.join(PUBLIC_DIR, file as string);
    res.status(fs.existsSync(target) ? 200 : 404).end(); // expect: path-traversal
    return;
  }
  if (typeof file !== 'string' || !/^[\w.-]+$/.test(file)) {
    res.status(400).json({ error: 'invalid file name' });
    return;
  }
  res.setHeader('Content-Disposition', `attachment; filename="${file}"`);
  fs.createReadStream(path.join(PUBLIC_DIR, file)).pipe(res); // ok: path-traversal
  if (format === 'legacy') res.setHeader('Set-Cookie', `dl_token=${Date.now()}; Path=/; HttpOnly`); // ok: insecure-cookie
}
