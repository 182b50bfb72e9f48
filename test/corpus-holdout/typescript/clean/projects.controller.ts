// corpus: path=src/projects/projects.controller.ts
import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  UseGuards,
} from '@nestjs/common'
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger'
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator'
import { Type } from 'class-transformer'
import { CurrentUser, type AuthUser } from '../auth/current-user.decorator'
import { JwtGuard } from '../auth/jwt.guard'
import { ProjectsService } from './projects.service'

export class CreateProjectDto {
  @IsString()
  @Length(1, 120)
  name!: string

  @IsOptional()
  @IsString()
  @Length(0, 2000)
  description?: string

  @IsIn(['private', 'team', 'public'])
  visibility: 'private' | 'team' | 'public' = 'private'
}

export class UpdateProjectDto {
  @IsOptional()
  @IsString()
  @Length(1, 120)
  name?: string

  @IsOptional()
  @IsString()
  @Length(0, 2000)
  description?: string

  @IsOptional()
  @IsIn(['private', 'team', 'public'])
  visibility?: 'private' | 'team' | 'public'
}

export class ListProjectsQuery {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit = 20

  @IsOptional()
  @IsString()
  cursor?: string
}

@ApiTags('projects')
@ApiBearerAuth()
@UseGuards(JwtGuard)
@Controller('projects')
export class ProjectsController {
  constructor(private readonly projects: ProjectsService) {}

  @Get()
  list(@CurrentUser() user: AuthUser, @Query() query: ListProjectsQuery) {
    return this.projects.listForUser(user.id, query.limit, query.cursor)
  }

  @Get(':id')
  async get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    const project = await this.projects.findForUser(user.id, id)
    if (!project) throw new NotFoundException(`project ${id} not found`)
    return project
  }

  @Post()
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateProjectDto) {
    return this.projects.create(user.id, dto)
  }

  @Patch(':id')
  async update(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateProjectDto) {
    const project = await this.projects.update(user.id, id, dto)
    if (!project) throw new NotFoundException(`project ${id} not found`)
    return project
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  async remove(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    const removed = await this.projects.remove(user.id, id)
    if (!removed) throw new NotFoundException(`project ${id} not found`)
  }
}
