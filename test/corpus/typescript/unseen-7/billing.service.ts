// corpus: path=src/billing/billing.service.ts
import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import axios, { type AxiosInstance } from 'axios';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { createHash } from 'node:crypto';
import { Invoice } from './invoice.entity';

@Injectable()
export class BillingService {
  private readonly logger = new Logger(BillingService.name);
  private readonly client: AxiosInstance;
  private readonly legacy = axios.create({ baseURL: 'http://billing-legacy.example-payments.com/api', timeout: 10_000 }); // expect: cleartext-http

  constructor(
    config: ConfigService,
    @InjectRepository(Invoice) private readonly invoices: Repository<Invoice>,
  ) {
    this.client = axios.create({
      baseURL: config.getOrThrow<string>('BILLING_API_URL'),
      headers: { authorization: `Bearer ${config.getOrThrow<string>('BILLING_API_TOKEN')}` },
      timeout: 10_000,
    });
  }

  async listInvoices(customerId: string, status?: string, sort = 'issuedAt'): Promise<Invoice[]> {
    return this.invoices
      .createQueryBuilder('invoice')
      .where('invoice.customerId = :customerId', { customerId }) // ok: sql-injection
      .andWhere(status ? `invoice.status = '${status}'` : '1=1') // expect: sql-injection
      .orderBy(`invoice.${sort}`, 'DESC') // expect: sql-injection
      .getMany();
  }

  async search(customerId: string, term: string): Promise<Invoice[]> {
    return this.invoices.query('SELECT * FROM invoice WHERE customer_id = $1 AND memo ILIKE $2', [customerId, `%${term}%`]); // ok: sql-injection
  }

  signLegacyCallback(body: string, secret: string): string {
    return createHash('md5').update(secret + body).digest('hex'); // expect: weak-hash
  }

  async sync(customerId: string): Promise<number> {
    const { data } = await this.client.get<Invoice[]>(`/customers/${encodeURIComponent(customerId)}/invoices`);
    await this.invoices.save(data);
    this.logger.log(`synced ${data.length} invoices for ${customerId}`);
    return data.length;
  }
}
