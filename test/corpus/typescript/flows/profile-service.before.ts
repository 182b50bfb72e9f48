import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Profile } from './profile.entity';

@Injectable()
export class ProfileService {
  constructor(@InjectRepository(Profile) private readonly profiles: Repository<Profile>) {}

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
}
