// corpus: path=src/directory/directory.controller.ts
import { Body, Controller, Post } from '@nestjs/common'
import { AndFilter, Client, EqualityFilter } from 'ldapts'

class GroupQuery {
  group!: string
}

@Controller('directory')
export class DirectoryController {
  private readonly client = new Client({ url: process.env.LDAP_URL! })

  @Post('members')
  async members(@Body() query: GroupQuery) {
    const { searchEntries } = await this.client.search('ou=groups,dc=example,dc=com', { // ok: ldap-injection
      filter: new AndFilter({
        filters: [
          new EqualityFilter({ attribute: 'objectClass', value: 'groupOfNames' }),
          new EqualityFilter({ attribute: 'cn', value: String(query.group) }),
        ],
      }),
      attributes: ['member'],
    })
    return searchEntries.flatMap((e) => e.member)
  }
}
