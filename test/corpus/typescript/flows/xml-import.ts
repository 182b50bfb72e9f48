// corpus: path=src/import/xml-import.ts
import libxmljs from 'libxmljs2';
import { XMLParser } from 'fast-xml-parser';
import type { Request, Response } from 'express';

const parser = new XMLParser({ ignoreAttributes: false });

export function importCatalog(req: Request, res: Response) {
  const doc = libxmljs.parseXml(req.body.toString(), { noent: true, dtdload: true }); // expect: xxe
  res.json({ products: doc.find('//product').length });
}

export function importCatalogSafe(req: Request, res: Response) {
  const doc = libxmljs.parseXml(req.body.toString(), { noent: false, nonet: true }); // ok: xxe
  res.json({ products: doc.find('//product').length });
}

export function importFeed(req: Request, res: Response) {
  const feed = parser.parse(req.body.toString()); // ok: xxe
  res.json({ items: feed.rss?.channel?.item?.length ?? 0 });
}
