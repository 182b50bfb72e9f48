import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import axios, { type AxiosInstance } from 'axios';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Invoice } from './invoice.entity';

@Injectable()
export class BillingService {
  private readonly logger = new Logger(BillingService.name);
  private readonly client: AxiosInstance;

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

  async listInvoices(customerId: string): Promise<Invoice[]> {
    return this.invoices.find({ where: { customerId }, order: { issuedAt: 'DESC' } });
  }

  async sync(customerId: string): Promise<number> {
    const { data } = await this.client.get<Invoice[]>(`/customers/${encodeURIComponent(customerId)}/invoices`);
    await this.invoices.save(data);
    this.logger.log(`synced ${data.length} invoices for ${customerId}`);
    return data.length;
  }
}
