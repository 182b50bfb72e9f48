// corpus: path=src/reports/reports.repository.ts
import { Injectable } from '@nestjs/common'
import { InjectDataSource } from '@nestjs/typeorm'
import { DataSource } from 'typeorm'
import { PrismaService } from '../prisma/prisma.service'

export interface ReportFilter {
  ownerId: string
  status?: string
  sort?: string
  search?: string
}

const SORTABLE = new Set(['created_at', 'title', 'status'])

@Injectable()
export class ReportsRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly prisma: PrismaService,
  ) {}

  async list(filter: ReportFilter) {
    const sort = filter.sort && SORTABLE.has(filter.sort) ? filter.sort : 'created_at'
    return this.dataSource.query(`SELECT id, title, status FROM reports WHERE owner_id = $1 ORDER BY ${sort} DESC LIMIT 100`, [filter.ownerId]) // ok: sql-injection
  }

  async search(filter: ReportFilter) {
    return this.dataSource.query(`SELECT id, title FROM reports WHERE owner_id = '${filter.ownerId}' AND title ILIKE '%${filter.search}%'`) // expect: sql-injection
  }

  async countByStatus(ownerId: string, status: string) {
    const rows = await this.prisma.$queryRaw<Array<{ count: bigint }>>`SELECT count(*) FROM reports WHERE owner_id = ${ownerId} AND status = ${status}` // ok: sql-injection
    return Number(rows[0]?.count ?? 0)
  }

  async archive(ownerId: string, ids: string[]) {
    return this.prisma.$executeRawUnsafe(`UPDATE reports SET status = 'archived' WHERE owner_id = '${ownerId}' AND id IN (${ids.map((id) => `'${id}'`).join(',')})`) // expect: sql-injection
  }

  async remove(ownerId: string, id: string) {
    return this.prisma.report.deleteMany({ where: { id, ownerId } })
  }
}
