// corpus: path=src/integrations/integrations.service.ts
import { BadRequestException, Body, Controller, Injectable, Post } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import ky from 'ky';
import { ofetch } from 'ofetch';
import superagent from 'superagent';
import * as https from 'node:https';
import { isIP } from 'node:net';

export class WebhookDto {
  callbackUrl!: string;
  event!: string;
}

const PARTNER_HOSTS = new Set(['hooks.partner-one.com', 'api.partner-two.io']);

@Injectable()
export class IntegrationsService {
  constructor(private readonly http: HttpService) {}

  async ping(dto: WebhookDto) {
    const res = await firstValueFrom(this.http.post(dto.callbackUrl, { event: dto.event })); // expect: ssrf
    return res.status;
  }

  async pingPartner(dto: WebhookDto) {
    const url = new URL(dto.callbackUrl);
    if (url.protocol !== 'https:' || !PARTNER_HOSTS.has(url.hostname)) throw new BadRequestException('host not allowed');
    const res = await firstValueFrom(this.http.post(url.toString(), { event: dto.event })); // ok: ssrf
    return res.status;
  }

  async preview(link: string) {
    return ky.get(link, { timeout: 5000 }).text(); // expect: ssrf
  }

  async unfurl(link: string) {
    return ofetch(link, { responseType: 'text' }); // expect: ssrf
  }

  async avatar(userUrl: string) {
    const res = await superagent.get(userUrl).buffer(true); // expect: ssrf
    return res.body as Buffer;
  }

  async status(host: string) {
    if (isIP(host) !== 0) throw new BadRequestException('use a host name');
    return new Promise<number>((resolve) => {
      https.get({ hostname: host, path: '/status' }, (res) => resolve(res.statusCode ?? 0)); // expect: ssrf
    });
  }

  async docs(page: string) {
    return ky.get(`https://docs.example.com/api/${encodeURIComponent(page)}`).text(); // ok: ssrf
  }
}

@Controller('integrations')
export class IntegrationsController {
  constructor(private readonly integrations: IntegrationsService) {}

  @Post('ping')
  ping(@Body() dto: WebhookDto) {
    return this.integrations.ping(dto);
  }
}
