// corpus: path=src/notifications/notifications.service.ts
import axios from 'axios';
import { createHmac } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Subscription } from './subscription.entity';

const signer = axios.create({ baseURL: 'http://signing.example-partner.com/v1', timeout: 5000 }); // expect: cleartext-http

@Injectable()
export class NotificationsService {
  async deliver(sub: Subscription, event: Record<string, unknown>) {
    const body = JSON.stringify(event);
    const signature = createHmac('sha256', sub.secret).update(body).digest('hex');
    await axios.post(sub.callbackUrl, body, { headers: { 'x-signature': signature } }); // expect: ssrf
  }

  async ping(): Promise<boolean> {
    const res = await axios.get('https://hooks.example.com/health');
    return res.status === 200;
  }

  async signRemote(payload: string): Promise<string> {
    const { data } = await signer.post('/sign', { payload });
    return data.signature;
  }

  async localHealth(): Promise<boolean> {
    const res = await axios.get('http://127.0.0.1:9090/healthz'); // ok: cleartext-http
    return res.status === 200;
  }
}
