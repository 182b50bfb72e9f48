// corpus: path=src/worker/rewriter.ts
export interface Env {
  ORIGIN: string
}

class BannerHandler {
  constructor(private readonly text: string, private readonly html: boolean) {}
  element(el: Element) {
    el.setInnerContent(this.text, { html: this.html })
  }
}

class TitleHandler {
  constructor(private readonly title: string) {}
  element(el: Element) {
    el.setInnerContent(this.title) // ok: xss
  }
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url)
    const upstream = await fetch(new URL(url.pathname, env.ORIGIN), request) // expect: ssrf
    const banner = url.searchParams.get('banner')
    const title = url.searchParams.get('title') ?? 'Acme'
    let rewriter = new HTMLRewriter().on('title', new TitleHandler(title))
    if (banner) {
      rewriter = rewriter.on('#banner', {
        element(el) {
          el.setInnerContent(banner, { html: true }) // expect: xss
        },
      })
    }
    const promo = url.searchParams.get('promo')
    if (promo) rewriter = rewriter.on('#promo', new BannerHandler(promo, false)) // ok: xss
    return rewriter.transform(upstream)
  },
}
