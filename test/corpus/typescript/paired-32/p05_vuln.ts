// corpus: path=src/imports/feed-importer.ts
import libxmljs from 'libxmljs2'
import type { Request, Response } from 'express'

export class FeedImporter {
  private readonly parseOptions: libxmljs.ParserOptions

  constructor() {
    this.parseOptions = { noent: true, dtdload: true, noblanks: true }
  }

  async importFeed(req: Request, res: Response) {
    const doc = libxmljs.parseXml(req.body.toString('utf8'), this.parseOptions) // expect: xxe
    const items = doc.find('//item').map((node) => ({
      sku: node.get('sku')?.text(),
      price: Number(node.get('price')?.text()),
    }))
    res.json({ imported: items.length })
  }
}
