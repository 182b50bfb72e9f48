// corpus: path=src/users/users.controller.ts
import { Body, Controller, Patch, Req } from '@nestjs/common'
import type { Request } from 'express'
import { PrismaService } from '../prisma/prisma.service'

type AuthedRequest = Request & { user: { id: string } }

@Controller('users')
export class UsersController {
  constructor(private readonly prisma: PrismaService) {}

  @Patch('me')
  async updateMe(@Req() req: AuthedRequest, @Body() body: Record<string, unknown>) {
    return this.prisma.user.update({
      where: { id: req.user.id },
      data: body, // expect: mass-assignment
      select: { id: true, displayName: true, bio: true },
    })
  }
}
