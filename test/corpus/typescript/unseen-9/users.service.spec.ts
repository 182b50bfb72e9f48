// corpus: path=src/users/users.service.spec.ts
import { Test } from '@nestjs/testing';
import { getRepositoryToken } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { UsersService } from './users.service';
import { User } from './user.entity';

describe('UsersService', () => {
  let service: UsersService;
  let repo: jest.Mocked<Repository<User>>;

  beforeEach(async () => {
    const moduleRef = await Test.createTestingModule({
      providers: [
        UsersService,
        {
          provide: getRepositoryToken(User),
          useValue: { findOne: jest.fn(), save: jest.fn(), query: jest.fn() },
        },
      ],
    }).compile();
    service = moduleRef.get(UsersService);
    repo = moduleRef.get(getRepositoryToken(User));
  });

  it('finds a user by email case-insensitively', async () => {
    repo.findOne.mockResolvedValue({ id: 'u1', email: 'ada@example.com' } as User);
    await expect(service.byEmail('ADA@example.com')).resolves.toMatchObject({ id: 'u1' });
    expect(repo.findOne).toHaveBeenCalledWith({ where: { email: 'ada@example.com' } });
  });

  it('builds the search query with a bound parameter', async () => {
    repo.query.mockResolvedValue([]);
    await service.search("o'brien");
    expect(repo.query).toHaveBeenCalledWith(expect.stringContaining('$1'), ["%o'brien%"]);
  });

  it('rejects a password shorter than twelve characters', async () => {
    await expect(service.setPassword('u1', 'short')).rejects.toThrow('password too short');
    expect(repo.save).not.toHaveBeenCalled();
  });

  it('hashes the password before saving', async () => {
    repo.findOne.mockResolvedValue({ id: 'u1' } as User);
    await service.setPassword('u1', 'correct horse battery staple');
    const saved = repo.save.mock.calls[0][0] as User;
    expect(saved.passwordHash).toMatch(/^\$argon2id\$/);
  });
});
