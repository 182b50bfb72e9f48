// corpus: path=src/auth/auth.service.ts
import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import * as jwt from 'jsonwebtoken';
import { createRemoteJWKSet, decodeJwt, jwtVerify } from 'jose';
import { createHash, randomBytes, scryptSync, timingSafeEqual } from 'crypto';
import md5 from 'md5';
import CryptoJS from 'crypto-js';
import * as bcrypt from 'bcrypt';

const JWKS = createRemoteJWKSet(new URL('https://login.example-idp.com/.well-known/jwks.json'));

interface Claims {
  sub: string;
  role: 'user' | 'admin';
}

@Injectable()
export class AuthService {
  constructor(private readonly jwtService: JwtService) {}

  isAdmin(authorization: string): boolean {
    const token = authorization.replace(/^Bearer /, '');
    const claims = jwt.decode(token) as Claims | null; // expect: jwt-weak
    return claims?.role === 'admin';
  }

  keyIdOf(token: string): string | undefined {
    const decoded = jwt.decode(token, { complete: true }); // ok: jwt-weak
    return decoded?.header.kid;
  }

  currentUser(token: string): Claims {
    const payload = this.jwtService.decode<Claims>(token); // expect: jwt-weak
    if (!payload) throw new UnauthorizedException();
    return payload;
  }

  async currentUserVerified(token: string): Promise<Claims> {
    return this.jwtService.verifyAsync<Claims>(token); // ok: jwt-weak
  }

  legacySession(token: string) {
    return jwt.verify(token, process.env.LEGACY_SECRET as string, { ignoreExpiration: true }) as Claims; // expect: jwt-weak
  }

  async partnerClaims(token: string) {
    const claims = decodeJwt(token); // expect: jwt-weak
    if (claims.iss !== 'https://partner.example.com') throw new UnauthorizedException();
    return { partnerId: String(claims.sub) };
  }

  async partnerClaimsVerified(token: string) {
    const { payload } = await jwtVerify(token, JWKS, { issuer: 'https://login.example-idp.com' }); // ok: jwt-weak
    return { partnerId: String(payload.sub) };
  }

  hashPasswordLegacy(password: string): string {
    return createHash('sha1').update(password).digest('hex'); // expect: weak-hash
  }

  hashPasswordMd5Package(password: string, salt: string): string {
    return md5(salt + password); // expect: weak-hash
  }

  hashPasswordCryptoJs(plain: string): string {
    return CryptoJS.MD5(plain).toString(); // expect: weak-hash
  }

  async hashPassword(password: string): Promise<string> {
    return bcrypt.hash(password, 12); // ok: weak-hash
  }

  hashPasswordScrypt(password: string): string {
    const salt = randomBytes(16);
    return `${salt.toString('hex')}:${scryptSync(password, salt, 64).toString('hex')}`; // ok: weak-hash
  }

  verifyLegacy(password: string, stored: string): boolean {
    const candidate = Buffer.from(createHash('md5').update(password).digest('hex')); // expect: weak-hash
    return candidate.length === stored.length && timingSafeEqual(candidate, Buffer.from(stored));
  }

  fileChecksum(contents: Buffer): string {
    return md5(contents); // ok: weak-hash
  }

  cacheKey(query: string): string {
    return CryptoJS.SHA1(query).toString(CryptoJS.enc.Hex); // ok: weak-hash
  }

  gravatarUrl(email: string): string {
    return `https://www.gravatar.com/avatar/${createHash('md5').update(email.trim().toLowerCase()).digest('hex')}`; // ok: weak-hash
  }
}
