// corpus: path=src/profile/avatar.controller.ts
import { BadRequestException, Body, Controller, Get, Param, Post, Query, Res, UseGuards } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Response } from 'express';
import axios from 'axios';
import got from 'got';
import { createHash } from 'node:crypto';
import { AuthGuard } from '../auth/auth.guard';
import { CurrentUser } from '../auth/current-user.decorator';
import { ProfileService } from './profile.service';

interface ImportAvatarDto {
  source: string;
}

const ALLOWED_HOSTS = new Set(['www.gravatar.com', 'avatars.githubusercontent.com']);

@Controller('profile')
@UseGuards(AuthGuard)
export class AvatarController {
  constructor(
    private readonly profiles: ProfileService,
    private readonly config: ConfigService,
  ) {}

  @Post('avatar/import')
  async importAvatar(@CurrentUser() user: { id: string }, @Body() dto: ImportAvatarDto) {
    const client = axios.create({ timeout: 5000, maxContentLength: 2_000_000 });
    const { data } = await client.get<ArrayBuffer>(dto.source, { responseType: 'arraybuffer' }); // expect: ssrf
    return this.profiles.saveAvatar(user.id, Buffer.from(data));
  }

  @Post('avatar/import-safe')
  async importAllowed(@CurrentUser() user: { id: string }, @Body() dto: ImportAvatarDto) {
    const url = new URL(dto.source);
    if (url.protocol !== 'https:' || !ALLOWED_HOSTS.has(url.hostname)) throw new BadRequestException('host not allowed');
    const buf = await got(url, { timeout: { request: 5000 } }).buffer(); // ok: ssrf
    return this.profiles.saveAvatar(user.id, buf);
  }

  @Get('gravatar')
  async gravatar(@Query('email') email: string, @Res() res: Response) {
    const hash = createHash('md5').update(email.trim().toLowerCase()).digest('hex'); // ok: weak-hash
    return res.redirect(`https://www.gravatar.com/avatar/${hash}?d=identicon`); // ok: open-redirect
  }

  @Get('proxy/:region')
  async regional(@Param('region') region: string, @Query('path') path: string) {
    const base = this.config.getOrThrow<string>('AVATAR_CDN');
    const res = await got.get(`https://${region}.${base}/${path}`).buffer(); // expect: ssrf
    return res.toString('base64');
  }

  @Post('verify-email')
  async verifyEmail(@CurrentUser() user: { id: string; email: string }) {
    const token = createHash('sha1').update(`${user.email}:${Date.now()}`).digest('hex'); // expect: weak-hash
    await this.profiles.storeEmailToken(user.id, token);
    return { sent: true };
  }
}
