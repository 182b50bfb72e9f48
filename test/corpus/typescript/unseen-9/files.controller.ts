// corpus: path=src/files/files.controller.ts
import { BadRequestException, Body, Controller, Get, Param, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createReadStream } from 'node:fs';
import { join, basename } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Response } from 'express';
import { DataSource } from 'typeorm';

const run = promisify(execFile);
const STORAGE_ROOT = process.env.STORAGE_ROOT ?? '/var/lib/app/files';

class RenameDto {
  name!: string;
  folder!: string;
}

@Controller('files')
export class FilesController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Get(':folder/:name')
  download(@Param('folder') folder: string, @Param('name') name: string): StreamableFile {
    const stream = createReadStream(join(STORAGE_ROOT, folder, name)); // expect: path-traversal
    return new StreamableFile(stream);
  }

  @Get('public/:name')
  downloadPublic(@Param('name') name: string, @Res() res: Response) {
    res.sendFile(basename(name), { root: join(STORAGE_ROOT, 'public') }); // ok: path-traversal
  }

  @Get()
  async list(@Query('owner') owner: string, @Query('sort') sort = 'created_at') {
    const rows = await this.db.query(
      `SELECT id, name, size FROM files WHERE owner_id = $1 ORDER BY ${sort} DESC`, // expect: sql-injection
      [owner],
    );
    return rows.map((r: { id: string; name: string; size: number }) => ({ ...r, sizeKb: Math.round(r.size / 1024) }));
  }

  @Get('search')
  async search(@Query('q') q: string) {
    if (!q || q.length < 2) throw new BadRequestException('query too short');
    return this.db.query('SELECT id, name FROM files WHERE name ILIKE $1 LIMIT 50', [`%${q}%`]); // ok: sql-injection
  }

  @Post(':id/rename')
  async rename(@Param('id') id: string, @Body() dto: RenameDto) {
    await this.db.query(`UPDATE files SET name = '${dto.name}', folder = $2 WHERE id = $1`, [id, dto.folder]); // expect: sql-injection
    return { id, name: dto.name };
  }

  @Post(':id/thumbnail')
  async thumbnail(@Param('id') id: string, @Body('size') size: string) {
    const src = join(STORAGE_ROOT, 'by-id', id.replace(/[^a-f0-9-]/g, ''));
    await run('convert', [src, '-resize', `${Number(size) || 256}x`, `${src}.thumb.png`]); // ok: command-injection
    return { ok: true };
  }
}
