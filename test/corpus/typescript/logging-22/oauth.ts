// corpus: path=src/integrations/oauth.ts
import { Logger } from '@nestjs/common'
import axios from 'axios'

interface TokenResponse {
  access_token: string
  refresh_token: string
  expires_in: number
  token_type: string
}

export class OAuthClient {
  private readonly logger = new Logger(OAuthClient.name)

  constructor(private readonly clientId: string, private readonly clientSecret: string) {}

  async exchange(code: string, redirectUri: string): Promise<TokenResponse> {
    this.logger.debug(`exchanging code for client ${this.clientId}`) // ok: sensitive-logging
    const { data } = await axios.post<TokenResponse>('https://oauth.example.com/token', {
      grant_type: 'authorization_code',
      code,
      redirect_uri: redirectUri,
      client_id: this.clientId,
      client_secret: this.clientSecret,
    })
    this.logger.log(`got ${data.token_type} token, expires in ${data.expires_in}s`) // ok: sensitive-logging
    this.logger.verbose(`refresh token: ${data.refresh_token}`) // expect: sensitive-logging
    return data
  }

  describe(): string {
    return `OAuthClient(${this.clientId})`
  }

  debugDump(): void {
    console.debug('oauth client config', { clientId: this.clientId, clientSecret: this.clientSecret }) // expect: sensitive-logging
  }
}
