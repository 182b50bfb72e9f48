// corpus: path=src/app/controllers/auth.controller.ts
import { Context, Get, HttpResponseOK, HttpResponseRedirect, Post, ValidateBody, ValidateQueryParam, dependency } from '@foal/core'
import { escape } from 'lodash'
import { UserService } from '../services'

export class AuthController {
  @dependency
  users: UserService

  @Get('/login')
  loginPage(ctx: Context) {
    const next = String(ctx.request.query.next ?? '/')
    return new HttpResponseOK(
      `<form method="post" action="/login?next=${next}"><input name="email"><input name="password" type="password"></form>`, // expect: xss
    )
  }

  @Get('/login/v2')
  loginPageEscaped(ctx: Context) {
    const next = escape(String(ctx.request.query.next ?? '/'))
    return new HttpResponseOK(
      `<form method="post" action="/login?next=${next}"><input name="email"><input name="password" type="password"></form>`, // ok: xss
    )
  }

  @Post('/login')
  @ValidateBody({ type: 'object', properties: { email: { type: 'string' }, password: { type: 'string' } }, required: ['email', 'password'] })
  async login(ctx: Context) {
    const user = await this.users.authenticate(ctx.request.body.email, ctx.request.body.password)
    if (!user) return new HttpResponseRedirect('/login?error=1')
    await ctx.session!.setUser(user)
    return new HttpResponseRedirect(String(ctx.request.query.next ?? '/')) // expect: open-redirect
  }

  @Post('/login/v2')
  // Each segment needs a character, so no `//host` gets through the pattern.
  @ValidateQueryParam('next', { type: 'string', pattern: '^/[a-z0-9-]+(/[a-z0-9-]+)*$' }, { required: false })
  async loginChecked(ctx: Context) {
    const user = await this.users.authenticate(ctx.request.body.email, ctx.request.body.password)
    if (!user) return new HttpResponseRedirect('/login?error=1')
    await ctx.session!.setUser(user)
    return new HttpResponseRedirect(ctx.request.query.next ?? '/') // ok: open-redirect
  }
}
