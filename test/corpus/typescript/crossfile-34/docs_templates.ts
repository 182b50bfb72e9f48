// corpus: path=src/server/services/templates.ts changeset=docs
import nunjucks from 'nunjucks'

const env = new nunjucks.Environment(new nunjucks.FileSystemLoader('views/docs'), { autoescape: true })
const NAMED = new Set(['changelog', 'release-notes', 'api-overview'])

export class TemplateService {
  preview(source: string): string {
    return env.renderString(source, { generatedAt: new Date().toISOString() }) // expect: template-injection
  }

  renderNamed(name: string, context: Record<string, string>): string {
    const view = NAMED.has(name) ? name : 'changelog'
    return env.render(`${view}.njk`, context) // ok: template-injection, path-traversal
  }
}

export const templates = new TemplateService()
