// corpus: path=src/media/media.controller.ts
import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Media } from './media.entity';
import { MediaService } from './media.service';

@Controller('media')
export class MediaController {
  constructor(
    @InjectRepository(Media) private readonly repo: Repository<Media>,
    private readonly media: MediaService,
  ) {}

  @Get(':id')
  async get(@Param('id') id: string) {
    return this.repo.findOneByOrFail({ id });
  }

  @Get()
  async list(@Query('owner') owner: string, @Query('sort') sort = 'm.createdAt') {
    return this.repo
      .createQueryBuilder('m')
      .where('m.ownerId = :owner', { owner }) // ok: sql-injection
      .orderBy(sort, 'DESC') // expect: sql-injection
      .take(50)
      .getMany();
  }

  @Get('by-tag')
  async byTag(@Query('tag') tag: string) {
    return this.repo
      .createQueryBuilder('m')
      .innerJoin('m.tags', 't')
      .where('t.name = :tag', { tag }) // ok: sql-injection
      .orderBy('m.createdAt', 'DESC') // ok: sql-injection
      .getMany();
  }

  @Post(':id/caption')
  async caption(@Param('id') id: string, @Body('caption') caption: string) {
    await this.repo.update({ id }, { caption });
    return { ok: true };
  }

  @Post('import')
  async importFromUrl(@Body('url') url: string) {
    const res = await fetch(url); // expect: ssrf
    const bytes = Buffer.from(await res.arrayBuffer());
    return this.media.store(bytes);
  }

  @Post('import-cdn')
  async importFromCdn(@Body('key') key: string) {
    const res = await fetch(`https://cdn.example-media.com/${encodeURIComponent(key)}`); // ok: ssrf
    return this.media.store(Buffer.from(await res.arrayBuffer()));
  }
}
