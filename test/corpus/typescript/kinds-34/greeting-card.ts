// corpus: path=src/cards/render.ts
import doT from 'dot'
import Twig from 'twig'
import { Liquid } from 'liquidjs'
import type { Request, Response } from 'express'

interface CardData {
  recipient: string
  sender: string
  message: string
}

export class CardRenderer {
  private readonly liquid = new Liquid({ strictFilters: true, ownPropertyOnly: true })

  constructor(private readonly layout: string) {}

  renderWithDot(data: CardData): string {
    const fn = doT.template(this.layout) // expect: template-injection
    return fn(data)
  }

  async renderWithLiquid(data: CardData): Promise<string> {
    return this.liquid.parseAndRender(this.layout, data) // ok: template-injection
  }
}

export async function previewCard(req: Request, res: Response) {
  const { layout, engine, ...data } = req.body as CardData & { layout: string; engine?: string }
  const renderer = new CardRenderer(layout)
  const html = engine === 'liquid' ? await renderer.renderWithLiquid(data) : renderer.renderWithDot(data)
  res.json({ html })
}

export function previewEnvelope(req: Request, res: Response) {
  const tpl = Twig.twig({ data: String(req.body.envelope ?? '') }) // expect: template-injection
  res.json({ html: tpl.render({ recipient: req.body.recipient }) })
}
