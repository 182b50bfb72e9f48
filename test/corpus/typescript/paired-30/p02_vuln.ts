// corpus: path=src/directory/directory.controller.ts
import { Body, Controller, Post } from '@nestjs/common'
import { Client } from 'ldapts'

class GroupQuery {
  group!: string
}

@Controller('directory')
export class DirectoryController {
  private readonly client = new Client({ url: process.env.LDAP_URL! })

  @Post('members')
  async members(@Body() query: GroupQuery) {
    const { searchEntries } = await this.client.search('ou=groups,dc=example,dc=com', { // expect: ldap-injection
      filter: `(&(objectClass=groupOfNames)(cn=${query.group}))`,
      attributes: ['member'],
    })
    return searchEntries.flatMap((e) => e.member)
  }
}
