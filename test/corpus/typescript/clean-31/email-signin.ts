// corpus: path=src/auth/email-signin.ts
import type { Request, Response } from "express"

interface Callbacks {
  signIn(params: { email: string }): Promise<boolean | string>
  redirect(params: { url: string; baseUrl: string }): Promise<string>
}

interface SignInOptions {
  url: URL
  callbacks: Callbacks
  sendVerification(email: string, callbackUrl: string): Promise<void>
}

export async function startEmailSignIn(request: { body?: { email?: string; callbackUrl?: string } }, options: SignInOptions) {
  const { body = {} } = request
  const email = (body.email ?? "").trim().toLowerCase()
  const authorized = await options.callbacks.signIn({ email })
  if (!authorized) return { status: 403 }
  if (typeof authorized === "string") {
    return { // ok: open-redirect
      redirect: await options.callbacks.redirect({
        url: authorized,
        baseUrl: options.url.origin,
      }),
    }
  }
  const callbackUrl = await options.callbacks.redirect({ url: body.callbackUrl ?? "/", baseUrl: options.url.origin }) // ok: open-redirect
  await options.sendVerification(email, callbackUrl)
  return { redirect: `${options.url.origin}/auth/verify-request` }
}

export function afterSignOut(req: Request, res: Response) {
  const next = String(req.query.next ?? "/")
  res.redirect(next) // expect: open-redirect
}
