// corpus: path=src/media/media.controller.ts
import {
  BadRequestException,
  Controller,
  Delete,
  Get,
  HttpCode,
  MaxFileSizeValidator,
  FileTypeValidator,
  Param,
  ParseFilePipe,
  Post,
  Query,
  Req,
  Res,
  StreamableFile,
  UploadedFile,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common'
import { FileInterceptor } from '@nestjs/platform-express'
import { ConfigService } from '@nestjs/config'
import { createReadStream } from 'node:fs'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { basename, extname, join, resolve, sep } from 'node:path'
import { randomUUID } from 'node:crypto'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import type { Request, Response } from 'express'
import { JwtAuthGuard } from '../auth/jwt-auth.guard'
import { MediaService } from './media.service'

const execFileAsync = promisify(execFile)
const ALLOWED_EXT = new Set(['.png', '.jpg', '.jpeg', '.webp', '.gif'])

@Controller('media')
@UseGuards(JwtAuthGuard)
export class MediaController {
  private readonly root: string

  constructor(
    private readonly media: MediaService,
    config: ConfigService,
  ) {
    this.root = resolve(config.get<string>('MEDIA_ROOT', 'var/media'))
  }

  @Post('avatars')
  @UseInterceptors(FileInterceptor('file'))
  async uploadAvatar(
    @UploadedFile(
      new ParseFilePipe({
        validators: [new MaxFileSizeValidator({ maxSize: 2_000_000 }), new FileTypeValidator({ fileType: 'image/*' })],
      }),
    )
    file: Express.Multer.File,
    @Req() req: Request & { user: { id: string } },
  ) {
    const ext = extname(file.originalname).toLowerCase()
    if (!ALLOWED_EXT.has(ext)) throw new BadRequestException('unsupported image type')
    const name = `${req.user.id}-${randomUUID()}${ext}`
    await mkdir(join(this.root, 'avatars'), { recursive: true })
    await writeFile(join(this.root, 'avatars', name), file.buffer) // ok: path-traversal
    return this.media.setAvatar(req.user.id, name)
  }

  @Post('attachments')
  @UseInterceptors(FileInterceptor('file'))
  async uploadAttachment(@UploadedFile() file: Express.Multer.File, @Query('folder') folder = 'inbox') {
    const dir = join(this.root, 'attachments', folder)
    await mkdir(dir, { recursive: true })
    await writeFile(join(dir, file.originalname), file.buffer) // expect: path-traversal
    return { name: file.originalname, size: file.size }
  }

  @Get('files/:name')
  async download(@Param('name') name: string): Promise<StreamableFile> {
    const target = resolve(this.root, 'attachments', name)
    if (!target.startsWith(this.root + sep)) throw new BadRequestException('invalid path')
    return new StreamableFile(createReadStream(target)) // ok: path-traversal
  }

  @Get('thumbs/:name')
  async thumb(@Param('name') name: string, @Res() res: Response) {
    const safeName = basename(name)
    const out = join(this.root, 'thumbs', `${basename(safeName, extname(safeName))}.webp`)
    await execFileAsync('convert', [join(this.root, 'attachments', safeName), '-resize', '320x320', out]) // ok: command-injection
    res.sendFile(out) // ok: path-traversal
  }

  @Delete('files/:name')
  @HttpCode(204)
  async remove(@Param('name') name: string) {
    await rm(join(this.root, 'attachments', basename(name)), { force: true }) // ok: path-traversal
  }

  @Get('raw')
  async raw(@Query('path') path: string) {
    return new StreamableFile(createReadStream(path)) // expect: path-traversal
  }
}
