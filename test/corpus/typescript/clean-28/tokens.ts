// corpus: path=src/theme/tokens.ts
import { css } from '@emotion/react'

export const palette = {
  ink900: '#0b1220',
  ink700: '#1f2a44',
  ink500: '#4b587c',
  ink300: '#a3acc2',
  paper: '#ffffff',
  accent: '#5b5bd6',
  accentHover: '#4a4ac4',
  danger: '#e5484d',
  warning: '#ffb224',
  success: '#30a46c',
  secretBadge: '#8e4ec6',
} as const

export const tokens = {
  'color-text': palette.ink900,
  'color-muted': palette.ink500,
  'color-border': palette.ink300,
  'color-accent': palette.accent,
  'color-secret-badge': palette.secretBadge,
  'radius-sm': '4px',
  'radius-md': '8px',
  'shadow-card': '0 1px 2px rgba(11, 18, 32, 0.06), 0 4px 12px rgba(11, 18, 32, 0.08)',
  'shadow-popover': '0 10px 38px -10px rgba(22, 23, 24, 0.35), 0 10px 20px -15px rgba(22, 23, 24, 0.2)',
  'font-mono': "'JetBrains Mono', ui-monospace, SFMono-Regular, Menlo, monospace",
  'font-sans': "Inter, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  'easing-standard': 'cubic-bezier(0.2, 0, 0, 1)',
  'gradient-hero': 'linear-gradient(135deg, #5b5bd6 0%, #8e4ec6 50%, #e5484d 100%)',
} as const

export const cssVariables = Object.entries(tokens)
  .map(([name, value]) => `--${name}: ${value};`)
  .join('\n')

export const secretValue = css`
  font-family: var(--font-mono);
  letter-spacing: 0.04em;
  background: repeating-linear-gradient(45deg, #f4f4f8, #f4f4f8 6px, #ececf4 6px, #ececf4 12px);
  border-radius: var(--radius-sm);
  padding: 2px 6px;
`

export const maskedToken = css`
  filter: blur(4px);
  transition: filter 120ms var(--easing-standard);
  &:hover,
  &:focus-visible {
    filter: none;
  }
`

export const noiseTexture =
  'url("data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSI0IiBoZWlnaHQ9IjQiPjxyZWN0IHdpZHRoPSI0IiBoZWlnaHQ9IjQiIGZpbGw9IiNmZmYiLz48L3N2Zz4=")'

export const iconSprites = {
  key: 'M7 14a5 5 0 1 1 4.9-6H22v4h-2v3h-3v-3h-5.1A5 5 0 0 1 7 14Zm0-3a2 2 0 1 0 0-4 2 2 0 0 0 0 4Z',
  lock: 'M6 10V8a6 6 0 1 1 12 0v2h1a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V11a1 1 0 0 1 1-1h1Zm2 0h8V8a4 4 0 1 0-8 0v2Z',
  eye: 'M12 5c5 0 9 4.5 10 7-1 2.5-5 7-10 7S3 14.5 2 12c1-2.5 5-7 10-7Zm0 3a4 4 0 1 0 0 8 4 4 0 0 0 0-8Z',
}
