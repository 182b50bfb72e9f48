// corpus: path=lib/cards.ts changeset=links
const CARD_STYLE = 'font-family:system-ui;padding:16px;border-radius:8px;border:1px solid #ddd'

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')
}

export function renderCard(title: string): string {
  return `<article style="${CARD_STYLE}"><h2>${title}</h2></article>`
}

export function renderCardEscaped(title: string): string {
  return `<article style="${CARD_STYLE}"><h2>${escapeHtml(title)}</h2></article>`
}
