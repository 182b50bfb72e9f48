// corpus: path=src/auth/auth.module.ts
import { Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { JwtStrategy } from './jwt.strategy';
import { RefreshStrategy } from './refresh.strategy';

export const ACCESS_TOKEN_COOKIE = 'inv_at';
export const REFRESH_TOKEN_COOKIE = 'inv_rt';
export const JWT_PUBLIC_KEY = `-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE3pX7vK9qL2mR8tY4wZ1nB6cF0dH5
jS3aG7eU9kP2xQ4vM8rT1yW6zN0bC5fD9hL3sJ7gK2eR4uY8iO1pA6mX0q==
-----END PUBLIC KEY-----`;

@Module({
  imports: [
    PassportModule,
    ConfigModule,
    JwtModule.registerAsync({
      imports: [ConfigModule],
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({
        secret: config.getOrThrow<string>('JWT_SECRET'), // ok: hardcoded-secret
        signOptions: { expiresIn: '15m', issuer: 'inventory-api' },
      }),
    }),
    JwtModule.register({
      secret: 'refresh-Zq8Lw3Xk7Pm2Vr9Tn4Bd6Hc1', // expect: hardcoded-secret
      signOptions: { expiresIn: '30d' },
    }),
  ],
  controllers: [AuthController],
  providers: [AuthService, JwtStrategy, RefreshStrategy],
})
export class AuthModule {}
