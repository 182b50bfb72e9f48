import express, { Request, Response } from 'express'
import DOMPurify from 'isomorphic-dompurify'
import { marked } from 'marked'

const app = express()

app.get('/hello', (req: Request, res: Response) => {
  const name = req.query.name as string
  res.send(`<p>Hello ${name}</p>`) // expect: xss
})

app.get('/md', (req: Request, res: Response) => {
  const html = DOMPurify.sanitize(marked.parse(String(req.query.text ?? '')) as string)
  res.send(`<article>${html}</article>`) // ok: xss
})

app.get('/md-raw', (req: Request, res: Response) => {
  const html = marked.parse(String(req.query.text ?? ''))
  res.send(`<article>${html}</article>`) // expect: xss
})

app.get('/json', (req: Request, res: Response) => {
  res.json({ echo: req.query.text }) // ok: xss
})
