// corpus: path=src/notifications/templates.controller.ts
import { Body, Controller, Post, UseGuards } from '@nestjs/common';
import { RolesGuard, Roles } from '../auth/roles';
import { PreviewDto, TemplatesService } from './templates.service';

@Controller('admin/templates')
@UseGuards(RolesGuard)
export class TemplatesController {
  constructor(private readonly templates: TemplatesService) {}

  @Post('preview')
  @Roles('editor')
  preview(@Body() dto: PreviewDto) {
    return this.templates.preview(dto);
  }

  @Post()
  @Roles('editor')
  save(@Body() dto: PreviewDto & { name: string; layout: string }) {
    return this.templates.saveFromEditor(dto);
  }
}
