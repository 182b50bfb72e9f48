import axios from 'axios';
import { Injectable } from '@nestjs/common';
import { Subscription } from './subscription.entity';

@Injectable()
export class NotificationsService {
  async deliver(sub: Subscription, event: Record<string, unknown>) {
    const body = JSON.stringify(event);
    await axios.post('https://hooks.example.com/relay', { target: sub.id, body });
  }

  async ping(): Promise<boolean> {
    const res = await axios.get('https://hooks.example.com/health');
    return res.status === 200;
  }
}
