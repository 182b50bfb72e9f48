// corpus: path=src/server/search.ts
import { Prisma, PrismaClient } from '@prisma/client'

const prisma = new PrismaClient()

export async function searchPosts(term: string, authorId?: string) {
  return prisma.post.findMany({ // ok: sql-injection
    where: { title: { contains: term, mode: 'insensitive' }, ...(authorId ? { authorId } : {}) },
    take: 50,
  })
}

export async function fullTextSearch(term: string) {
  return prisma.$queryRaw`SELECT id, title FROM "Post" WHERE to_tsvector(title) @@ plainto_tsquery(${term}) LIMIT 50` // ok: sql-injection
}

export async function fullTextSearchLegacy(term: string) {
  return prisma.$queryRawUnsafe(`SELECT id, title FROM "Post" WHERE to_tsvector(title) @@ plainto_tsquery('${term}') LIMIT 50`) // expect: sql-injection
}

export async function tagCloud(tags: string[]) {
  const list = tags.map((t) => `'${t}'`).join(', ')
  return prisma.$queryRawUnsafe(`SELECT tag, COUNT(*) FROM "PostTag" WHERE tag IN (${list}) GROUP BY tag`) // expect: sql-injection
}

export async function tagCloudSafe(tags: string[]) {
  return prisma.$queryRaw`SELECT tag, COUNT(*) FROM "PostTag" WHERE tag IN (${Prisma.join(tags)}) GROUP BY tag` // ok: sql-injection
}

export async function bumpViews(postId: string, by: number) {
  await prisma.$executeRawUnsafe(`UPDATE "Post" SET views = views + ${by} WHERE id = '${postId}'`) // expect: sql-injection
}
