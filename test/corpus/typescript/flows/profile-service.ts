// corpus: path=src/profiles/profile.service.ts
import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { Profile } from './profile.entity';

@Injectable()
export class ProfileService {
  constructor(
    @InjectRepository(Profile) private readonly profiles: Repository<Profile>,
    private readonly http: HttpService,
  ) {}

  async get(userId: string): Promise<Profile> {
    const profile = await this.profiles.findOne({ where: { userId } });
    if (!profile) throw new NotFoundException();
    return profile;
  }

  async update(userId: string, changes: Partial<Profile>): Promise<Profile> {
    const profile = await this.get(userId);
    Object.assign(profile, { displayName: changes.displayName, bio: changes.bio });
    return this.profiles.save(profile);
  }

  async importAvatar(userId: string, avatarUrl: string): Promise<Profile> {
    const profile = await this.get(userId);
    const response = await firstValueFrom(this.http.get<ArrayBuffer>(avatarUrl, { responseType: 'arraybuffer' })); // expect: ssrf
    profile.avatar = Buffer.from(response.data);
    return this.profiles.save(profile);
  }

  async search(term: string): Promise<Profile[]> {
    return this.profiles.query(`SELECT * FROM profile WHERE display_name ILIKE '%${term}%' LIMIT 20`); // expect: sql-injection
  }
}
