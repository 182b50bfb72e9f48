// corpus: path=src/app/router.ts
import { createRouter, createWebHistory } from 'vue-router';
import { useAuth } from './auth';
import routes from './routes';

export const router = createRouter({ history: createWebHistory(), routes });

router.beforeEach(async (to) => {
  const auth = useAuth();
  if (to.meta.requiresAuth && !auth.loggedIn) {
    return { name: 'login', query: { redirect: to.fullPath } }; // ok: open-redirect
  }
});

export async function afterLogin(): Promise<void> {
  const redirect = router.currentRoute.value.query.redirect as string | undefined;
  if (redirect?.startsWith('http')) {
    window.location.href = redirect; // expect: open-redirect
    return;
  }
  await router.push(redirect ?? '/'); // ok: open-redirect
}

export function openExternalDocs(): void {
  window.open('https://docs.example.com', '_blank', 'noopener'); // ok: open-redirect
}
