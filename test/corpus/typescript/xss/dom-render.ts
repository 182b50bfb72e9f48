// corpus: path=src/ui/notifications.ts
interface Toast {
  title: string;
  message: string;
  level: 'info' | 'warn' | 'error';
}

const container = document.getElementById('toasts') as HTMLDivElement;

export function showToast(toast: Toast): void {
  const el = document.createElement('div');
  el.className = `toast toast-${toast.level}`;
  el.innerHTML = `<h4>${toast.title}</h4><p>${toast.message}</p>`; // expect: xss
  container.append(el);
}

export function showToastSafe(toast: Toast): void {
  const el = document.createElement('div');
  el.className = `toast toast-${toast.level}`;
  const h = document.createElement('h4');
  h.textContent = toast.title; // ok: xss
  const p = document.createElement('p');
  p.textContent = toast.message; // ok: xss
  el.append(h, p);
  container.append(el);
}

export function showErrorFromUrl(): void {
  const msg = new URL(location.href).searchParams.get('error');
  if (msg) {
    const banner = document.querySelector<HTMLElement>('#error-banner')!;
    banner.outerHTML = `<div id="error-banner" class="visible">${msg}</div>`; // expect: xss
  }
}

export function renderCount(count: number): void {
  document.querySelector('#count')!.innerHTML = `<strong>${count.toLocaleString()}</strong> items`; // ok: xss
}

export function setIcon(name: 'check' | 'cross'): void {
  const svg = name === 'check' ? '<svg><use href="#i-check"/></svg>' : '<svg><use href="#i-cross"/></svg>';
  document.querySelector('#status-icon')!.innerHTML = svg; // ok: xss
}

export function embedPreview(html: string): void {
  const frame = document.querySelector<HTMLIFrameElement>('#preview')!;
  frame.srcdoc = html; // expect: xss
}
