// corpus: path=src/auth/dto/login.dto.ts
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, Length, MinLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'ada@example.com' })
  @IsEmail()
  email!: string;

  @ApiProperty({ example: 'Sup3r-S3cret!pw', minLength: 12 }) // ok: hardcoded-secret
  @IsString()
  @MinLength(12)
  password!: string;

  @ApiPropertyOptional({ example: '492817', description: 'TOTP code when two-factor is on' })
  @IsOptional()
  @Length(6, 6)
  otp?: string;
}

export class ResetPasswordDto {
  @ApiProperty({ description: 'Token from the reset e-mail' })
  @IsString()
  token!: string;

  @ApiProperty({ minLength: 12 })
  @IsString()
  @MinLength(12)
  newPassword!: string;
}

export const loginRequestExample = { email: 'ada@example.com', password: 'Sup3r-S3cret!pw' }; // ok: hardcoded-secret

export const authResponseExamples = {
  success: {
    summary: 'Signed in',
    value: { accessToken: 'eyJhbGciOiJIUzI1NiJ9.e30.placeholder', refreshToken: 'rt_7Kq2Xw9Lm4Rt8Vb1' }, // ok: hardcoded-secret
  },
};
