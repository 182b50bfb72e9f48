// corpus: path=src/auth/auth.controller.ts
import { Body, Controller, Get, HttpCode, Post, Query, Req, Res, UnauthorizedException, UseGuards } from '@nestjs/common'
import { ConfigService } from '@nestjs/config'
import { AuthGuard } from '@nestjs/passport'
import { Throttle } from '@nestjs/throttler'
import type { Request, Response } from 'express'
import { AuthService } from './auth.service'
import { LoginDto } from './dto/login.dto'

const REFRESH_COOKIE = 'refresh_token'

function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) {
    return '/dashboard'
  }
  return value
}

@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly config: ConfigService,
  ) {}

  private cookieOptions() {
    return {
      httpOnly: true,
      secure: this.config.get<string>('NODE_ENV') === 'production',
      sameSite: 'strict' as const,
      path: '/auth/refresh',
      maxAge: 1000 * 60 * 60 * 24 * 30,
    }
  }

  @Post('login')
  @HttpCode(200)
  @Throttle({ default: { limit: 10, ttl: 60_000 } })
  async login(@Body() dto: LoginDto, @Res({ passthrough: true }) res: Response) {
    const session = await this.auth.login(dto.email, dto.password)
    if (!session) throw new UnauthorizedException('Invalid email or password')
    res.cookie(REFRESH_COOKIE, session.refreshToken, this.cookieOptions()) // ok: insecure-cookie
    return { accessToken: session.accessToken, expiresIn: session.expiresIn }
  }

  @Post('refresh')
  @HttpCode(200)
  async refresh(@Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const token = req.cookies?.[REFRESH_COOKIE]
    if (!token) throw new UnauthorizedException()
    const session = await this.auth.rotateRefreshToken(token)
    res.cookie(REFRESH_COOKIE, session.refreshToken, this.cookieOptions())
    return { accessToken: session.accessToken, expiresIn: session.expiresIn }
  }

  @Post('logout')
  @HttpCode(204)
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const token = req.cookies?.[REFRESH_COOKIE]
    if (token) await this.auth.revokeRefreshToken(token)
    res.clearCookie(REFRESH_COOKIE, { path: '/auth/refresh' })
  }

  @Get('google')
  @UseGuards(AuthGuard('google'))
  google() {
    // Passport redirects to Google.
  }

  @Get('google/callback')
  @UseGuards(AuthGuard('google'))
  async googleCallback(@Req() req: Request & { user: { id: string } }, @Query('state') state: string, @Res() res: Response) {
    const session = await this.auth.issueSession(req.user.id)
    res.cookie(REFRESH_COOKIE, session.refreshToken, this.cookieOptions())
    const appUrl = this.config.getOrThrow<string>('APP_URL')
    const returnTo = safeReturnPath(this.auth.decodeState(state)?.returnTo)
    return res.redirect(new URL(returnTo, appUrl).toString()) // ok: open-redirect
  }

  @Get('sso/start')
  async ssoStart(@Query('returnTo') returnTo: string | undefined, @Res() res: Response) {
    const state = this.auth.encodeState({ returnTo: safeReturnPath(returnTo) })
    const issuer = this.config.getOrThrow<string>('SSO_ISSUER_URL')
    const params = new URLSearchParams({
      client_id: this.config.getOrThrow<string>('SSO_CLIENT_ID'),
      redirect_uri: `${this.config.getOrThrow<string>('API_URL')}/auth/sso/callback`,
      response_type: 'code',
      scope: 'openid email profile',
      state,
    })
    return res.redirect(`${issuer}/authorize?${params}`) // ok: open-redirect
  }

  @Get('me')
  @UseGuards(AuthGuard('jwt'))
  me(@Req() req: Request & { user: { id: string; email: string; role: string } }) {
    return { id: req.user.id, email: req.user.email, role: req.user.role }
  }
}
