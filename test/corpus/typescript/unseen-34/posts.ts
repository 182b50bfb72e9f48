// corpus: path=api/src/services/posts/posts.ts
import type { MutationResolvers, QueryResolvers } from 'types/graphql'

import { ForbiddenError, validate } from '@redwoodjs/api'

import { db } from 'src/lib/db'
import { logger } from 'src/lib/logger'

// A RedwoodJS service: each resolver receives the GraphQL arguments the client sent.

export const posts: QueryResolvers['posts'] = () => {
  return db.post.findMany({ where: { published: true }, orderBy: { createdAt: 'desc' } })
}

export const searchPosts: QueryResolvers['searchPosts'] = ({ term, orderBy }) => {
  return db.$queryRawUnsafe( // expect: sql-injection
    `SELECT id, title, slug FROM "Post" WHERE published AND title ILIKE '%${term}%' ORDER BY ${orderBy ?? '"createdAt"'} DESC`
  )
}

export const searchPostsV2: QueryResolvers['searchPostsV2'] = ({ term }) => {
  return db.$queryRaw`SELECT id, title, slug FROM "Post" WHERE published AND title ILIKE ${'%' + term + '%'} ORDER BY "createdAt" DESC` // ok: sql-injection
}

export const postsByTag: QueryResolvers['postsByTag'] = ({ tag }) => {
  return db.$queryRawUnsafe('SELECT p.id, p.title FROM "Post" p JOIN "Tag" t ON t."postId" = p.id WHERE t.name = $1', tag) // ok: sql-injection
}

export const archivePosts: MutationResolvers['archivePosts'] = async ({ before }) => {
  if (!context.currentUser?.roles?.includes('admin')) throw new ForbiddenError('admins only')
  const count = await db.$executeRawUnsafe(`UPDATE "Post" SET archived = true WHERE "createdAt" < '${before}'`) // expect: sql-injection
  logger.info({ count }, 'archived posts')
  return count
}

export const archivePostsV2: MutationResolvers['archivePostsV2'] = async ({ before }) => {
  if (!context.currentUser?.roles?.includes('admin')) throw new ForbiddenError('admins only')
  const cutoff = new Date(before)
  const { count } = await db.post.updateMany({ where: { createdAt: { lt: cutoff } }, data: { archived: true } }) // ok: sql-injection
  return count
}

export const importFeed: MutationResolvers['importFeed'] = async ({ url }) => {
  validate(url, 'url', { presence: true })
  const res = await fetch(url) // expect: ssrf
  const items: Array<{ title: string; body: string }> = await res.json()
  await db.post.createMany({ data: items.map((i) => ({ title: i.title, body: i.body, authorId: context.currentUser.id })) })
  return items.length
}

export const importFeedV2: MutationResolvers['importFeedV2'] = async ({ source }) => {
  const feed = await db.feed.findUnique({ where: { id: source } })
  if (!feed) throw new Error('unknown feed')
  // The feed URL was registered by an admin; the client only picks which feed.
  const res = await fetch(feed.url) // ok: ssrf
  const items: Array<{ title: string; body: string }> = await res.json()
  return items.length
}
