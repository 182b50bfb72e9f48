// corpus: path=src/reports/reports.service.ts
import { Injectable, NotFoundException } from '@nestjs/common'
import { InjectRepository } from '@nestjs/typeorm'
import { DataSource, Repository } from 'typeorm'
import { Report } from './report.entity'

export interface ReportFilter {
  ownerId: string
  status?: string
  search?: string
  orderBy?: 'createdAt' | 'title'
}

@Injectable()
export class ReportsService {
  constructor(
    @InjectRepository(Report) private readonly reports: Repository<Report>,
    private readonly dataSource: DataSource,
  ) {}

  async list(filter: ReportFilter): Promise<Report[]> {
    const qb = this.reports.createQueryBuilder('r').where('r.ownerId = :ownerId', { ownerId: filter.ownerId })
    if (filter.status) qb.andWhere('r.status = :status', { status: filter.status }) // ok: sql-injection
    if (filter.search) qb.andWhere(`r.title ILIKE '%${filter.search}%'`) // expect: sql-injection
    qb.orderBy(`r.${filter.orderBy === 'title' ? 'title' : 'createdAt'}`, 'DESC') // ok: sql-injection
    return qb.getMany()
  }

  async findOne(id: string, ownerId: string): Promise<Report> {
    const report = await this.reports.findOne({ where: { id, ownerId } }) // ok: sql-injection
    if (!report) throw new NotFoundException()
    return report
  }

  async stats(ownerId: string, groupBy: string): Promise<unknown[]> {
    return this.dataSource.query( // expect: sql-injection
      `SELECT ${groupBy} AS bucket, COUNT(*) AS n FROM reports WHERE owner_id = $1 GROUP BY ${groupBy}`,
      [ownerId],
    )
  }

  async archiveOlderThan(ownerId: string, days: number): Promise<void> {
    await this.dataSource.query( // ok: sql-injection
      "UPDATE reports SET status = 'archived' WHERE owner_id = $1 AND created_at < now() - ($2 || ' days')::interval",
      [ownerId, days],
    )
  }
}
