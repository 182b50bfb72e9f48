// corpus: path=src/users/avatars.controller.ts
import {
  BadRequestException,
  Controller,
  Get,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
  Res,
  StreamableFile,
  UploadedFile,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common'
import { FileInterceptor } from '@nestjs/platform-express'
import { InjectRepository } from '@nestjs/typeorm'
import type { Response } from 'express'
import { createReadStream } from 'node:fs'
import { mkdir, writeFile, unlink } from 'node:fs/promises'
import { randomUUID } from 'node:crypto'
import path from 'node:path'
import sharp from 'sharp'
import { Repository } from 'typeorm'
import { JwtAuthGuard } from '../auth/jwt-auth.guard'
import { CurrentUser, type AuthUser } from '../auth/current-user.decorator'
import { User } from './user.entity'

const AVATAR_DIR = path.resolve(process.env.AVATAR_DIR ?? 'var/avatars')
const MAX_BYTES = 2 * 1024 * 1024
const ACCEPTED = new Map([
  ['image/png', 'png'],
  ['image/jpeg', 'jpg'],
  ['image/webp', 'webp'],
])

@Controller('users')
export class AvatarsController {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  @Post('me/avatar')
  @UseGuards(JwtAuthGuard)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_BYTES } }))
  async upload(@CurrentUser() user: AuthUser, @UploadedFile() file?: Express.Multer.File) {
    if (!file) throw new BadRequestException('file is required')
    if (!ACCEPTED.has(file.mimetype)) throw new BadRequestException('unsupported image type')

    const resized = await sharp(file.buffer).rotate().resize(256, 256, { fit: 'cover' }).webp({ quality: 82 }).toBuffer()
    const name = `${randomUUID()}.webp`
    await mkdir(AVATAR_DIR, { recursive: true })
    await writeFile(path.join(AVATAR_DIR, name), resized, { flag: 'wx' })

    const row = await this.users.findOneByOrFail({ id: user.id })
    const previous = row.avatarFile
    await this.users.update({ id: user.id }, { avatarFile: name })
    if (previous) await unlink(path.join(AVATAR_DIR, path.basename(previous))).catch(() => undefined)
    return { avatar: `/users/${user.id}/avatar` }
  }

  @Get(':id/avatar')
  async show(@Param('id', new ParseUUIDPipe()) id: string, @Res({ passthrough: true }) res: Response) {
    const row = await this.users.findOne({ where: { id }, select: { id: true, avatarFile: true } })
    if (!row?.avatarFile) throw new NotFoundException()
    res.set({ 'content-type': 'image/webp', 'cache-control': 'public, max-age=86400' })
    return new StreamableFile(createReadStream(path.join(AVATAR_DIR, path.basename(row.avatarFile))))
  }
}
