// corpus: path=src/uploads/uploads.controller.ts
import { randomUUID } from 'node:crypto'
import { BadRequestException, Body, Controller, Get, NotFoundException, Param, Post, Req, UseGuards } from '@nestjs/common'
import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3'
import { createPresignedPost } from '@aws-sdk/s3-presigned-post'
import { getSignedUrl } from '@aws-sdk/s3-request-presigner'
import { IsIn, IsInt, IsString, Max, MaxLength, Min } from 'class-validator'
import { AuthGuard } from '../auth/auth.guard'
import { AttachmentsService } from './attachments.service'

const TYPES = { 'image/png': 'png', 'image/jpeg': 'jpg', 'text/csv': 'csv' } as const

class UploadRequest {
  @IsIn(Object.keys(TYPES)) contentType!: keyof typeof TYPES
  @IsInt() @Min(1) @Max(25_000_000) size!: number
  @IsString() @MaxLength(200) name!: string
}

@Controller('uploads')
@UseGuards(AuthGuard)
export class UploadsController {
  private readonly s3 = new S3Client({ region: process.env.AWS_REGION })
  private readonly bucket = process.env.UPLOAD_BUCKET!

  constructor(private readonly attachments: AttachmentsService) {}

  @Post()
  async start(@Req() req: { user: { id: string; teamId: string } }, @Body() body: UploadRequest) {
    const key = `teams/${req.user.teamId}/${randomUUID()}.${TYPES[body.contentType]}`
    const post = await createPresignedPost(this.s3, {
      Bucket: this.bucket,
      Key: key,
      Conditions: [['content-length-range', 1, body.size], ['eq', '$Content-Type', body.contentType]],
      Fields: { 'Content-Type': body.contentType },
      Expires: 600,
    })
    const attachment = await this.attachments.create({ teamId: req.user.teamId, uploaderId: req.user.id, key, displayName: body.name })
    return { id: attachment.id, url: post.url, fields: post.fields }
  }

  @Get(':id/link')
  async link(@Req() req: { user: { teamId: string } }, @Param('id') id: string) {
    if (!/^[0-9a-f-]{36}$/.test(id)) throw new BadRequestException()
    const attachment = await this.attachments.findForTeam(id, req.user.teamId)
    if (!attachment) throw new NotFoundException()
    const url = await getSignedUrl(this.s3, new GetObjectCommand({ Bucket: this.bucket, Key: attachment.key }), { expiresIn: 300 })
    return { url }
  }
}
