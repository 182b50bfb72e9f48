import { Controller, Get, NotFoundException, Param, Query, Res, StreamableFile, UseGuards } from '@nestjs/common'
import type { Response } from 'express'
import { createReadStream, existsSync } from 'node:fs'
import { join } from 'node:path'
import { JwtGuard } from '../auth/jwt.guard'
import { ExportService } from './export.service'

const EXPORT_ROOT = '/var/lib/app/exports'
