// corpus: path=src/media/thumbnails.controller.ts
import { Body, Controller, Post } from '@nestjs/common'
import { exec } from 'node:child_process'
import { basename } from 'node:path'
import { promisify } from 'node:util'
import { IsString, Matches } from 'class-validator'

const run = promisify(exec)

export class ThumbnailDto {
  @IsString()
  source!: string

  @Matches(/^\d+x\d+$/)
  size!: string
}

@Controller('thumbnails')
export class ThumbnailsController {
  @Post()
  async create(@Body() dto: ThumbnailDto) {
    const out = `/var/cache/thumbs/${Date.now()}.webp`
    await run(`convert "/srv/uploads/${basename(dto.source)}" -resize ${dto.size} ${out}`) // expect: command-injection
    return { path: out }
  }
}
