// corpus: path=src/routes/sitemaps.ts
import { readFile } from 'node:fs/promises'
import { Router } from 'express'
import multer from 'multer'
import { parseXml } from 'libxmljs2'

const upload = multer({ dest: '/var/tmp/uploads' })
export const sitemaps = Router()

sitemaps.post('/sitemaps/import', upload.single('sitemap'), async (req, res) => {
  const xml = await readFile(req.file!.path, 'utf8')
  const doc = parseXml(xml, { noent: true, dtdload: true }) // expect: xxe
  const urls = doc.find('//*[local-name()="loc"]').map((n) => n.text())
  res.json({ count: urls.length })
})
