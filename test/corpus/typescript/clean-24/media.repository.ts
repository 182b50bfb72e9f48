// corpus: path=src/media/media.repository.ts
import { Kysely, sql, type Selectable, type Insertable } from 'kysely'
import type { DB, MediaTable } from '../db/types'

export type Media = Selectable<MediaTable>
export type NewMedia = Insertable<MediaTable>

const SORTABLE = {
  newest: ['createdAt', 'desc'],
  oldest: ['createdAt', 'asc'],
  largest: ['sizeBytes', 'desc'],
  name: ['fileName', 'asc'],
} as const

export type MediaSort = keyof typeof SORTABLE

export interface MediaQuery {
  workspaceId: string
  search?: string
  kinds?: Array<'image' | 'video' | 'document'>
  sort?: MediaSort
  limit?: number
  offset?: number
}

export class MediaRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async findById(workspaceId: string, id: string): Promise<Media | undefined> {
    return this.db
      .selectFrom('media')
      .selectAll()
      .where('workspaceId', '=', workspaceId)
      .where('id', '=', id)
      .where('deletedAt', 'is', null)
      .executeTakeFirst()
  }

  async list(query: MediaQuery): Promise<{ items: Media[]; total: number }> {
    const [column, direction] = SORTABLE[query.sort ?? 'newest']
    const limit = Math.min(Math.max(query.limit ?? 50, 1), 200)
    const offset = Math.max(query.offset ?? 0, 0)

    let base = this.db
      .selectFrom('media')
      .where('workspaceId', '=', query.workspaceId)
      .where('deletedAt', 'is', null)
    if (query.kinds?.length) base = base.where('kind', 'in', query.kinds)
    if (query.search) {
      const pattern = `%${query.search.replace(/[%_\\]/g, (ch) => `\\${ch}`)}%`
      base = base.where(sql<boolean>`${sql.ref('fileName')} ilike ${pattern} escape '\\'`)
    }

    const [items, count] = await Promise.all([
      base.selectAll().orderBy(column, direction).orderBy('id').limit(limit).offset(offset).execute(),
      base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
    ])
    return { items, total: Number(count.total) }
  }

  async insert(media: NewMedia): Promise<Media> {
    return this.db.insertInto('media').values(media).returningAll().executeTakeFirstOrThrow()
  }

  async rename(workspaceId: string, id: string, fileName: string): Promise<boolean> {
    const result = await this.db
      .updateTable('media')
      .set({ fileName, updatedAt: new Date() })
      .where('workspaceId', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst()
    return Number(result.numUpdatedRows) > 0
  }

  async softDelete(workspaceId: string, ids: string[]): Promise<number> {
    if (ids.length === 0) return 0
    const result = await this.db
      .updateTable('media')
      .set({ deletedAt: new Date() })
      .where('workspaceId', '=', workspaceId)
      .where('id', 'in', ids)
      .executeTakeFirst()
    return Number(result.numUpdatedRows)
  }

  async usageByKind(workspaceId: string) {
    return this.db
      .selectFrom('media')
      .select(['kind', (eb) => eb.fn.sum<number>('sizeBytes').as('bytes'), (eb) => eb.fn.countAll<number>().as('files')])
      .where('workspaceId', '=', workspaceId)
      .where('deletedAt', 'is', null)
      .groupBy('kind')
      .execute()
  }

  async purgeDeletedBefore(cutoff: Date): Promise<string[]> {
    const rows = await this.db
      .deleteFrom('media')
      .where('deletedAt', '<', cutoff)
      .returning(['storageKey'])
      .execute()
    return rows.map((r) => r.storageKey)
  }
}
