// corpus: path=src/auth/auth.controller.ts
import { Body, Controller, Logger, Post, UnauthorizedException } from '@nestjs/common'
import { AuthService } from './auth.service'

export class LoginDto {
  email!: string
  password!: string
}

@Controller('auth')
export class AuthController {
  private readonly logger = new Logger(AuthController.name)

  constructor(private readonly auth: AuthService) {}

  @Post('login')
  async login(@Body() dto: LoginDto) {
    this.logger.debug(`login attempt ${JSON.stringify({ email: dto.email })}`) // ok: sensitive-logging
    const session = await this.auth.signIn(dto.email, dto.password)
    if (!session) throw new UnauthorizedException()
    return session
  }
}
