// corpus: path=pages/api/import.js
import libxmljs from 'libxmljs2';
import { XMLParser } from 'fast-xml-parser';
import { getServerSession } from 'next-auth/next';
import { authOptions } from '../../lib/auth';
import { prisma } from '../../lib/prisma';

export const config = { api: { bodyParser: { sizeLimit: '2mb' } } };

export default async function handler(req, res) {
  if (req.method !== 'POST') return res.status(405).setHeader('Allow', 'POST').end();
  const session = await getServerSession(req, res, authOptions);
  if (!session) return res.status(401).json({ error: 'sign in first' });

  const { format, payload, feedUrl } = req.body;
  let items;
  if (format === 'opml') {
    const doc = libxmljs.parseXml(payload, { noent: true, nonet: false }); // expect: xxe
    items = doc.find('//outline').map((n) => ({ title: n.attr('title')?.value(), url: n.attr('xmlUrl')?.value() }));
  } else if (format === 'rss') {
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(payload); // ok: xxe
    items = (parsed.rss?.channel?.item ?? []).map((i) => ({ title: i.title, url: i.link }));
  } else if (feedUrl) {
    const upstream = await fetch(feedUrl); // expect: ssrf
    items = [{ title: 'feed', url: upstream.url }];
  } else {
    return res.status(400).json({ error: `unknown format ${format}` });
  }

  await prisma.subscription.createMany({
    data: items.filter((i) => i.url).map((i) => ({ userId: session.user.id, title: i.title ?? i.url, url: i.url })),
    skipDuplicates: true,
  });
  const sort = req.query.sort;
  const rows = await prisma.$queryRawUnsafe(`SELECT id, title FROM "Subscription" WHERE "userId" = $1 ORDER BY ${sort || 'title'}`, session.user.id); // expect: sql-injection
  res.status(201).json({ imported: items.length, rows });
}
