// corpus: path=src/auth/auth.module.ts
import { Module } from '@nestjs/common'
import { ConfigModule, ConfigService } from '@nestjs/config'
import { JwtModule } from '@nestjs/jwt'
import { PassportModule } from '@nestjs/passport'

import { AuthController } from './auth.controller'
import { AuthService } from './auth.service'
import { JwtStrategy } from './jwt.strategy'
import { UsersModule } from '../users/users.module'

export const JWT_CONSTANTS = {
  accessTtl: '15m',
  refreshTtl: '7d',
  issuer: 'billing-api',
  refreshSecret: 'r3fR35h-8xKq2!vLz9#mWp', // expect: hardcoded-secret
}

@Module({
  imports: [
    UsersModule,
    PassportModule.register({ defaultStrategy: 'jwt' }),
    JwtModule.registerAsync({
      imports: [ConfigModule],
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({
        secret: config.get<string>('JWT_SECRET') ?? 'dev-secret', // ok: hardcoded-secret
        signOptions: { expiresIn: JWT_CONSTANTS.accessTtl, issuer: JWT_CONSTANTS.issuer },
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [AuthService, JwtStrategy],
  exports: [AuthService],
})
export class AuthModule {}
