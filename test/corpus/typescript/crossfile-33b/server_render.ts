// corpus: path=src/server/render.ts changeset=reports
export function renderSummary(title: string): string {
  return `<!doctype html><h1>${title}</h1><p>Your export has started.</p>`
}
