// corpus: path=public/js/post-login.js
const SAFE_PATH = /^\/(?!\/)[\w\-/?=&.]*$/;

export function continueAfterLogin() {
  const params = new URLSearchParams(window.location.search);
  const next = params.get('next');
  if (next) {
    window.location.href = next; // expect: open-redirect
  }
}

export function continueAfterLoginSafe() {
  const next = new URLSearchParams(window.location.search).get('next') || '/';
  window.location.assign(SAFE_PATH.test(next) ? next : '/'); // ok: open-redirect
}

export function openHelp(topic) {
  window.location.href = `/help/${encodeURIComponent(topic)}`; // ok: open-redirect
}

export function handleOAuthReturn() {
  const state = JSON.parse(atob(new URLSearchParams(location.search).get('state')));
  location.replace(state.returnUrl); // expect: open-redirect
}

export function goHome() {
  window.location = '/'; // ok: open-redirect
}
