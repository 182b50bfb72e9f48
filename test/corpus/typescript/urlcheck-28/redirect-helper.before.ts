import type { NextApiRequest, NextApiResponse } from 'next'

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const target = typeof req.query.target === 'string' ? req.query.target : '/'
  const url = new URL(target, 'https://shop.example.com')
  if (url.origin !== 'https://shop.example.com') {
    res.redirect(302, '/')
    return
  }
  res.redirect(302, url.toString())
}
