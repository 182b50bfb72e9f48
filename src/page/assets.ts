import { AssetTable } from '../static-assets'
import { PAGE_CLIENT_JS } from './client-script'

/**
 * The review page's stylesheet and module script, served by the Worker under content-hashed
 * names (cacheable forever; a change renames them) from the page's own origin, so the page's
 * CSP needs no inline script or style.
 */
export const PAGE_ASSET_PREFIX = '/page-assets/'

const PAGE_CSS = `:root{color-scheme:light dark;--bg:#fff;--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;--add:#dafbe1;--del:#ffebe9;--note:#f6f8fa;--crit:#a40e26;--major:#9a4b00;--minor:#7d6608;--info:#0a558c;--focus:#0550ae}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9ea7b3;--line:#30363d;--add:#12361f;--del:#3d1418;--note:#161b22;--crit:#ff9492;--major:#ffb366;--minor:#e3c75a;--info:#79c0ff;--focus:#79c0ff}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.5 system-ui,sans-serif}
a{color:var(--focus)}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:var(--bg);padding:.5rem}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.banner,main{max-width:72rem;margin:0 auto;padding:0 1rem}
.banner h1{margin:.25rem 0;overflow-wrap:anywhere}.product,.meta{color:var(--muted);margin:.25rem 0}
.status{font-weight:700;padding:.1rem .5rem;border:1px solid var(--line);border-radius:1rem}
.status-reviewed{border-color:currentColor}.status-failed{color:var(--crit)}
#connection{color:var(--muted);margin-left:.5rem}
progress{width:100%;max-width:30rem;height:1rem}
.counts{display:flex;gap:1rem;flex-wrap:wrap;list-style:none;padding:0}
.sev-critical .badge,.badge.sev-critical,.counts .sev-critical{color:var(--crit)}
.badge.sev-major,.counts .sev-major{color:var(--major)}.badge.sev-minor,.counts .sev-minor{color:var(--minor)}.badge.sev-info,.counts .sev-info{color:var(--info)}
.badge{font-weight:700}
.filters{display:flex;gap:1rem;flex-wrap:wrap;align-items:end;margin-bottom:1rem}
select,input,button{font:inherit;color:inherit;background:var(--bg);border:1px solid var(--muted);border-radius:.25rem;padding:.25rem .5rem}
button{cursor:pointer}
details.file{border:1px solid var(--line);border-radius:.5rem;margin:0 0 1rem}
details.file>summary{padding:.5rem 1rem;cursor:pointer;background:var(--note)}
.file-name{display:inline;font-size:1rem;font-family:ui-monospace,monospace;overflow-wrap:anywhere}.file-count{color:var(--muted)}
table.diff{width:100%;border-collapse:collapse;font:13px/1.45 ui-monospace,monospace}
table.diff td{padding:0 .5rem;vertical-align:top;white-space:pre-wrap;overflow-wrap:anywhere}
td.ln{width:4rem;text-align:right;color:var(--muted);user-select:none}
tr.add{background:var(--add)}tr.del{background:var(--del)}tr.gap td{color:var(--muted)}
.sign{display:inline-block;width:1.25rem;user-select:none}
.finding{font:15px/1.5 system-ui,sans-serif;border-left:4px solid currentColor;margin:.5rem;padding:.25rem .75rem;background:var(--note);white-space:normal}
.finding.sev-critical{border-left-color:var(--crit)}.finding.sev-major{border-left-color:var(--major)}.finding.sev-minor{border-left-color:var(--minor)}.finding.sev-info{border-left-color:var(--info)}
.finding p{margin:.25rem 0}.finding-status{color:var(--muted);margin-left:.5rem}
.finding.status-dismissed .message,.finding.status-resolved .message{text-decoration:line-through}
.triage{display:flex;gap:.5rem;align-items:end;flex-wrap:wrap;margin:.25rem 0}
.error{color:var(--crit)}
.downloads ul{display:flex;gap:1rem;list-style:none;padding:0}
`

const assets = new AssetTable(PAGE_ASSET_PREFIX)

export const PAGE_STYLESHEET = assets.addHashed('review-page', 'css', PAGE_CSS, 'text/css; charset=utf-8')
export const PAGE_SCRIPT = assets.addHashed('review-page', 'js', PAGE_CLIENT_JS, 'text/javascript; charset=utf-8')

// Browsers ask for an icon anyway; answering keeps a 404 out of every console.
const ICON = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#0550ae"/><path d="M4 8.5l2.5 2.5L12 5" stroke="#fff" stroke-width="2" fill="none"/></svg>'
export const PAGE_ICON = assets.addHashed('review-page', 'svg', ICON, 'image/svg+xml')

export function findPageAsset(name: string) {
  return assets.find(name)
}
