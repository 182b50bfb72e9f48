// corpus: path=src/invoices/invoices.service.ts
import { Injectable, Logger, NotFoundException, ForbiddenException } from '@nestjs/common'
import { ConfigService } from '@nestjs/config'
import { InjectRepository } from '@nestjs/typeorm'
import { Repository } from 'typeorm'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createHash, randomBytes } from 'node:crypto'
import * as bcrypt from 'bcrypt'
import { Invoice } from './invoice.entity'
import { ListInvoicesDto, SORTABLE_COLUMNS } from './dto/list-invoices.dto'
import { renderInvoiceHtml } from './invoice-template'

const run = promisify(execFile)

@Injectable()
export class InvoicesService {
  private readonly logger = new Logger(InvoicesService.name)

  constructor(
    @InjectRepository(Invoice) private readonly invoices: Repository<Invoice>,
    private readonly config: ConfigService,
  ) {}

  async list(workspaceId: string, dto: ListInvoicesDto) {
    const column = SORTABLE_COLUMNS[dto.sort] ?? 'issued_at'
    const qb = this.invoices
      .createQueryBuilder('invoice')
      .where('invoice.workspace_id = :workspaceId', { workspaceId })
      .orderBy(`invoice.${column}`, dto.direction === 'asc' ? 'ASC' : 'DESC') // ok: sql-injection
      .take(dto.limit)
      .skip((dto.page - 1) * dto.limit)
    if (dto.status) qb.andWhere('invoice.status = :status', { status: dto.status })
    if (dto.search) qb.andWhere('invoice.customer_name ILIKE :search', { search: `%${dto.search.replace(/[\\%_]/g, '\\$&')}%` }) // ok: sql-injection
    const [items, total] = await qb.getManyAndCount()
    return { items, total, page: dto.page }
  }

  async get(workspaceId: string, id: string): Promise<Invoice> {
    const invoice = await this.invoices.findOne({ where: { id, workspaceId } })
    if (!invoice) throw new NotFoundException('Invoice not found')
    return invoice
  }

  async renderPdf(workspaceId: string, id: string): Promise<Buffer> {
    const invoice = await this.get(workspaceId, id)
    const dir = await mkdtemp(join(tmpdir(), 'invoice-')) // ok: insecure-temp-file
    try {
      const htmlPath = join(dir, 'invoice.html')
      const pdfPath = join(dir, 'invoice.pdf')
      await writeFile(htmlPath, renderInvoiceHtml(invoice), 'utf8')
      const binary = this.config.get<string>('WKHTMLTOPDF_PATH', '/usr/bin/wkhtmltopdf')
      await run(binary, ['--quiet', '--encoding', 'utf-8', htmlPath, pdfPath], { timeout: 30_000 }) // ok: command-injection
      const pdf = await readFile(pdfPath)
      this.logger.log(`rendered invoice ${invoice.number} (${pdf.length} bytes)`)
      return pdf
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }

  async createShareLink(workspaceId: string, id: string): Promise<{ url: string; pin: string }> {
    const invoice = await this.get(workspaceId, id)
    const token = randomBytes(24).toString('base64url')
    const pin = String(randomBytes(4).readUInt32BE(0) % 1_000_000).padStart(6, '0')
    invoice.shareTokenHash = createHash('sha256').update(token).digest('hex')
    invoice.sharePinHash = await bcrypt.hash(pin, 12)
    invoice.shareExpiresAt = new Date(Date.now() + 7 * 24 * 3600 * 1000)
    await this.invoices.save(invoice)
    this.logger.log(`share link created for invoice ${invoice.id}, expires ${invoice.shareExpiresAt.toISOString()}`)
    const base = this.config.getOrThrow<string>('APP_URL')
    return { url: new URL(`/share/invoices/${token}`, base).toString(), pin }
  }

  async openShared(token: string, pin: string): Promise<Invoice> {
    const tokenHash = createHash('sha256').update(token).digest('hex')
    const invoice = await this.invoices.findOne({ where: { shareTokenHash: tokenHash } })
    if (!invoice || !invoice.shareExpiresAt || invoice.shareExpiresAt < new Date()) throw new NotFoundException()
    if (!(await bcrypt.compare(pin, invoice.sharePinHash ?? ''))) throw new ForbiddenException('Wrong PIN')
    return invoice
  }

  async markPaid(workspaceId: string, id: string, paidAt = new Date()): Promise<Invoice> {
    const invoice = await this.get(workspaceId, id)
    await this.invoices.update({ id: invoice.id, workspaceId }, { status: 'paid', paidAt })
    this.logger.log(`invoice ${invoice.number} marked paid`)
    return { ...invoice, status: 'paid', paidAt }
  }
}
