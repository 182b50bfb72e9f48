// corpus: path=src/users/users.controller.ts
import { Body, Controller, Patch, Req } from '@nestjs/common'
import type { Request } from 'express'
import { IsOptional, IsString, MaxLength } from 'class-validator'
import { PrismaService } from '../prisma/prisma.service'

type AuthedRequest = Request & { user: { id: string } }

export class UpdateProfileDto {
  @IsOptional() @IsString() @MaxLength(60)
  displayName?: string

  @IsOptional() @IsString() @MaxLength(500)
  bio?: string
}

@Controller('users')
export class UsersController {
  constructor(private readonly prisma: PrismaService) {}

  @Patch('me')
  async updateMe(@Req() req: AuthedRequest, @Body() dto: UpdateProfileDto) {
    return this.prisma.user.update({
      where: { id: req.user.id },
      data: { displayName: dto.displayName, bio: dto.bio }, // ok: mass-assignment
      select: { id: true, displayName: true, bio: true },
    })
  }
}
