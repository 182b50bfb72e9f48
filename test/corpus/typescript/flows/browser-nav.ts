// corpus: path=src/client/navigation.ts
const TRUSTED_ORIGINS = new Set(['https://app.example.com', 'https://billing.example.com']);

export function followHashTarget(): void {
  const target = decodeURIComponent(location.hash.replace(/^#go=/, ''));
  if (target) location.href = target; // expect: open-redirect
}

export function followTrusted(raw: string): void {
  const url = new URL(raw, location.origin);
  if (TRUSTED_ORIGINS.has(url.origin)) location.assign(url.href); // ok: open-redirect
}

export function onMessage(event: MessageEvent<{ redirect?: string; html?: string }>): void {
  if (event.data.redirect) {
    window.location.replace(event.data.redirect); // expect: open-redirect
  }
  if (event.data.html) {
    document.getElementById('panel')!.innerHTML = event.data.html; // expect: xss
  }
}

export function onTrustedMessage(event: MessageEvent<{ html?: string }>): void {
  if (!TRUSTED_ORIGINS.has(event.origin)) return;
  const panel = document.getElementById('panel')!;
  panel.textContent = event.data.html ?? ''; // ok: xss
}

window.addEventListener('message', onMessage);
window.addEventListener('hashchange', followHashTarget);
