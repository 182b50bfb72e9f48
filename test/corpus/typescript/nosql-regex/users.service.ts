// corpus: path=src/users/users.service.ts
import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { User, UserDocument } from './user.schema';

export interface FindUsersQuery {
  role?: string;
  search?: string;
  limit?: number;
}

@Injectable()
export class UsersService {
  constructor(@InjectModel(User.name) private readonly users: Model<UserDocument>) {}

  async findByUsername(username: string): Promise<UserDocument> {
    const user = await this.users.findOne({ username: String(username) }).exec(); // ok: nosql-injection
    if (!user) throw new NotFoundException();
    return user;
  }

  async list(query: FindUsersQuery): Promise<UserDocument[]> {
    const filter: Record<string, unknown> = {};
    if (query.role) filter.role = query.role;
    if (query.search) filter.displayName = new RegExp(query.search, 'i'); // expect: regex-injection
    return this.users.find(filter).limit(Math.min(query.limit ?? 50, 200)).exec(); // expect: nosql-injection
  }

  async countActive(): Promise<number> {
    return this.users.countDocuments({ active: true, deletedAt: null }).exec(); // ok: nosql-injection
  }

  async byIds(ids: string[]): Promise<UserDocument[]> {
    return this.users.find({ _id: { $in: ids.map(String) } }).exec(); // ok: nosql-injection
  }
}
