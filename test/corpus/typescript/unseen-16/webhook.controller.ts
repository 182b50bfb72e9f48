// corpus: path=src/webhooks/webhook.controller.ts
import { Body, Controller, HttpCode, Logger, Param, Post, Query } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { IsUrl } from 'class-validator';
import { WebhookService } from './webhook.service';

class TestDeliveryDto {
  @IsUrl({ protocols: ['https'], require_tld: true })
  url!: string;
}

@Controller('webhooks')
export class WebhookController {
  private readonly logger = new Logger(WebhookController.name);

  constructor(
    private readonly http: HttpService,
    private readonly webhooks: WebhookService,
  ) {}

  @Post('ping')
  @HttpCode(202)
  async ping(@Query('target') target: string) {
    const res = await firstValueFrom(this.http.post(target, { event: 'ping' })); // expect: ssrf
    return { status: res.status };
  }

  @Post(':id/redeliver')
  async redeliver(@Param('id') id: string) {
    const hook = await this.webhooks.findOrFail(id);
    const res = await firstValueFrom(this.http.post(hook.url, hook.lastPayload)); // ok: ssrf
    this.logger.log(`redelivered ${id}: ${res.status}`);
    return { status: res.status };
  }
}
