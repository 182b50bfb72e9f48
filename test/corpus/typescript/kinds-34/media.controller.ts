// corpus: path=src/media/media.controller.ts
import {
  BadRequestException,
  Body,
  Controller,
  Get,
  Header,
  Param,
  Post,
  Query,
  Res,
  UploadedFile,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common'
import { HttpService } from '@nestjs/axios'
import { FileInterceptor } from '@nestjs/platform-express'
import { firstValueFrom } from 'rxjs'
import { randomBytes } from 'node:crypto'
import { extname } from 'node:path'
import type { Response } from 'express'
import { AuthGuard } from '../auth/auth.guard'
import { CurrentUser, type SessionUser } from '../auth/current-user.decorator'
import { StorageService } from '../storage/storage.service'
import { UsersService } from '../users/users.service'

class ImportAvatarDto {
  imageUrl!: string
}

// Image transforms run on an internal service that is only reachable from the cluster.
const IMAGING_BASE = 'http://imaging.internal:8080/'

@Controller('media')
@UseGuards(AuthGuard)
export class MediaController {
  constructor(
    private readonly http: HttpService,
    private readonly storage: StorageService,
    private readonly users: UsersService,
  ) {}

  @Post('avatar/import')
  async importAvatar(@CurrentUser() user: SessionUser, @Body() dto: ImportAvatarDto) {
    const response = await firstValueFrom( // expect: ssrf
      this.http.get<ArrayBuffer>(dto.imageUrl, { responseType: 'arraybuffer', maxContentLength: 5_000_000 }),
    )
    const key = `avatars/${user.id}/${randomBytes(16).toString('hex')}.png` // ok: insecure-random
    await this.storage.put(key, Buffer.from(response.data), 'image/png')
    await this.users.update(user.id, { avatarKey: key })
    return { key }
  }

  @Get('transform')
  async transform(@Query('path') path: string, @Query('w') w: string, @Res() res: Response) {
    const target = new URL(path, IMAGING_BASE)
    target.searchParams.set('w', String(Math.min(Number(w) || 256, 2048)))
    const upstream = await fetch(target) // expect: ssrf
    res.status(upstream.status).type(upstream.headers.get('content-type') ?? 'application/octet-stream')
    res.send(Buffer.from(await upstream.arrayBuffer()))
  }

  @Get('transform/:id')
  async transformStored(@Param('id') id: string, @Query('w') w: string, @Res() res: Response) {
    if (!/^[a-f0-9]{32}$/.test(id)) throw new BadRequestException()
    const target = new URL(`images/${id}`, IMAGING_BASE)
    target.searchParams.set('w', String(Math.min(Number(w) || 256, 2048)))
    const upstream = await fetch(target) // ok: ssrf
    res.status(upstream.status).type(upstream.headers.get('content-type') ?? 'application/octet-stream')
    res.send(Buffer.from(await upstream.arrayBuffer()))
  }

  // Shared files are served without authentication at /s/<name>: the name is the only thing
  // standing between a shared file and everyone else.
  @Post('share')
  @UseInterceptors(FileInterceptor('file'))
  async share(@CurrentUser() user: SessionUser, @UploadedFile() file: Express.Multer.File) {
    const name = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}${extname(file.originalname)}` // expect: insecure-random
    await this.storage.put(`shared/${name}`, file.buffer, file.mimetype)
    return { url: `https://files.acme.io/s/${name}`, owner: user.id }
  }

  @Get('embed')
  @Header('Content-Type', 'text/html; charset=utf-8')
  embed(@Query('src') src: string, @Query('title') title = 'Video') {
    if (!src?.startsWith('https://player.vimeo.com/')) throw new BadRequestException('unsupported player')
    return `<!doctype html><title>${title}</title><iframe src="${encodeURI(src)}" allowfullscreen></iframe>` // expect: xss
  }
}
