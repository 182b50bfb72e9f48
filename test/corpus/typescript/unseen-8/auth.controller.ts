// corpus: path=src/auth/auth.controller.ts
import { Body, Controller, Get, Headers, HttpCode, Post, Query, Res } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { JwtService } from '@nestjs/jwt';
import { lastValueFrom } from 'rxjs';
import type { Response } from 'express';
import { AuthService } from './auth.service';

class LoginDto {
  email!: string;
  password!: string;
}

@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService, private readonly jwt: JwtService, private readonly http: HttpService) {}

  @Post('login')
  @HttpCode(200)
  async login(@Body() dto: LoginDto, @Res({ passthrough: true }) res: Response) {
    const user = await this.auth.validate(dto.email, dto.password);
    const accessToken = await this.jwt.signAsync({ sub: user.id });
    res.cookie('access_token', accessToken, { httpOnly: true, secure: true, sameSite: 'strict' }); // ok: insecure-cookie
    res.cookie('refresh_token', await this.auth.issueRefresh(user.id), { httpOnly: true, path: '/auth/refresh' }); // expect: insecure-cookie
    return { ok: true };
  }

  @Get('sso/callback')
  async ssoCallback(@Query('code') code: string, @Query('state') state: string, @Res() res: Response) {
    const session = await this.auth.exchange(code);
    res.cookie('sid', session.id, { httpOnly: true, secure: true });
    return res.redirect(decodeURIComponent(state)); // expect: open-redirect
  }

  @Get('sso/metadata')
  async metadata(@Query('idp') idp: string) {
    const { data } = await lastValueFrom(this.http.get(`${idp}/.well-known/openid-configuration`)); // expect: ssrf
    return data;
  }

  @Get('sso/metadata-known')
  async metadataKnown(@Query('idp') idp: 'okta' | 'azure') {
    const issuer = idp === 'azure' ? 'https://login.microsoftonline.com/common/v2.0' : 'https://example.okta.com';
    const { data } = await lastValueFrom(this.http.get(`${issuer}/.well-known/openid-configuration`)); // ok: ssrf
    return data;
  }

  @Post('debug/echo')
  echo(@Headers('user-agent') ua: string, @Res() res: Response) {
    res.type('html').send(`<pre>${ua}</pre>`); // expect: xss
  }
}
