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
  async list(@Query('owner') owner: string) {
    return this.repo.find({ where: { ownerId: owner }, order: { createdAt: 'DESC' }, take: 50 });
  }

  @Post(':id/caption')
  async caption(@Param('id') id: string, @Body('caption') caption: string) {
    await this.repo.update({ id }, { caption });
    return { ok: true };
  }
}
