// corpus: path=pages/api/export.ts
import type { NextApiRequest, NextApiResponse } from 'next';
import fs from 'node:fs';
import path from 'node:path';

const EXPORTS = path.join(process.cwd(), 'exports');

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const { report } = req.query;
  const file = path.join(EXPORTS, `${report}.csv`);
  if (!fs.existsSync(file)) {
    res.status(404).json({ error: 'no such report' });
    return;
  }
  res.setHeader('Content-Type', 'text/csv');
  fs.createReadStream(file).pipe(res); // expect: path-traversal
}
