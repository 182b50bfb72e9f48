// corpus: path=src/api-keys/api-key.service.ts
import { createHash, randomBytes } from 'node:crypto'
import { Injectable } from '@nestjs/common'
import { PrismaService } from '../prisma.service'

@Injectable()
export class ApiKeyService {
  constructor(private readonly prisma: PrismaService) {}

  private generateSecret(): string {
    return randomBytes(30).toString('base64url') // ok: insecure-random
  }

  async issue(projectId: string) {
    const secret = this.generateSecret()
    await this.prisma.apiKey.create({
      data: { projectId, hash: createHash('sha256').update(secret).digest('hex'), prefix: secret.slice(0, 6) },
    })
    return `pk_${secret}`
  }
}
