// corpus: path=pages/api/go.ts
import type { NextApiRequest, NextApiResponse } from 'next'

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const target = typeof req.query.target === 'string' ? req.query.target : '/'
  const url = new URL(target, 'https://shop.example.com')
  if (!url.href.includes('shop.example.com')) { // expect: open-redirect
    res.redirect(302, '/')
    return
  }
  res.redirect(302, url.toString()) // also: open-redirect
}
