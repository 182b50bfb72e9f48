import { Context, Get, HttpResponseOK, HttpResponseRedirect, Post, ValidateBody, dependency } from '@foal/core'
import { UserService } from '../services'

export class AuthController {
  @dependency
  users: UserService

  @Get('/login')
  loginPage() {
    return new HttpResponseOK('<form method="post"><input name="email"><input name="password" type="password"></form>')
  }

  @Post('/login')
  @ValidateBody({ type: 'object', properties: { email: { type: 'string' }, password: { type: 'string' } }, required: ['email', 'password'] })
  async login(ctx: Context) {
    const user = await this.users.authenticate(ctx.request.body.email, ctx.request.body.password)
    if (!user) return new HttpResponseRedirect('/login?error=1')
    await ctx.session!.setUser(user)
    return new HttpResponseRedirect('/')
  }
}
