// corpus: path=src/import/legacy-import.ts
import * as serialize from 'node-serialize';
import { plainToInstance } from 'class-transformer';
import { Body, Controller, Post } from '@nestjs/common';
import { ImportJob } from './import-job';

@Controller('import')
export class LegacyImportController {
  @Post('job')
  importJob(@Body('payload') payload: string) {
    const job = serialize.unserialize(payload); // expect: unsafe-deserialization
    return { accepted: Boolean(job) };
  }

  @Post('job-v2')
  importJobV2(@Body() body: Record<string, unknown>) {
    const job = plainToInstance(ImportJob, body, { excludeExtraneousValues: true }); // ok: unsafe-deserialization
    return { accepted: job.isValid() };
  }
}
