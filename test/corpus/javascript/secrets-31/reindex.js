// corpus: path=scripts/algolia-reindex.js
#!/usr/bin/env node
const algoliasearch = require('algoliasearch');
const { PrismaClient } = require('@prisma/client');

// Admin key: can delete indices and change settings. The search-only key lives in next.config.js.
const client = algoliasearch('K7QX2LZ9WP', 'b5c0e9f2d1a8b7c64f8a2c9e1b7d43a6'); // expect: hardcoded-secret
const index = client.initIndex(process.env.ALGOLIA_INDEX || 'products_prod');

const prisma = new PrismaClient({
  datasources: {
    db: { url: 'postgresql://indexer:nT5wQ8vK2xZ7mL4p@db.fieldnote.internal:5432/fieldnote?sslmode=require' }, // expect: hardcoded-secret
  },
});

async function main() {
  const batchSize = 500;
  let cursor;
  let total = 0;
  for (;;) {
    const products = await prisma.product.findMany({
      take: batchSize,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
      orderBy: { id: 'asc' },
      include: { category: true },
    });
    if (products.length === 0) break;
    await index.saveObjects(
      products.map((p) => ({
        objectID: p.id,
        name: p.name,
        category: p.category.name,
        price: p.priceCents / 100,
        imageHash: 'a8268050285986a4bccac83789257bc7',
      })),
    );
    total += products.length;
    cursor = products[products.length - 1].id;
  }
  await index.setSettings({ searchableAttributes: ['name', 'category'], customRanking: ['desc(price)'] });
  console.log(`indexed ${total} products`);
}

main()
  .catch((err) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(() => prisma.$disconnect());
