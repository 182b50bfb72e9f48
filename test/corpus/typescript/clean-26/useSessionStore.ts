// corpus: path=src/stores/session.ts
import { defineStore } from 'pinia'
import { ref, computed } from 'vue'
import { useRouter } from 'vue-router'

interface SessionUser {
  id: string
  name: string
  email: string
  roles: string[]
}

const CSRF_HEADER = 'X-CSRF-Token'

function readCsrfToken(): string {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="csrf-token"]')
  return meta?.content ?? ''
}

export const useSessionStore = defineStore('session', () => {
  const router = useRouter()
  const user = ref<SessionUser | null>(null)
  const loading = ref(false)
  const lastError = ref<string | null>(null)
  const isLoggedIn = computed(() => user.value !== null)
  const isAdmin = computed(() => user.value?.roles.includes('admin') ?? false)

  async function load() {
    loading.value = true
    try {
      const res = await fetch('/api/me', { credentials: 'include' })
      user.value = res.ok ? await res.json() : null
    } finally {
      loading.value = false
    }
  }

  async function login(email: string, password: string, redirectTo = '/') {
    lastError.value = null
    const res = await fetch('/api/session', {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json', [CSRF_HEADER]: readCsrfToken() },
      body: JSON.stringify({ email, password }),
    })
    if (res.status === 401) {
      lastError.value = 'Invalid email or password'
      return false
    }
    if (!res.ok) {
      lastError.value = 'Sign-in is unavailable right now'
      return false
    }
    user.value = await res.json()
    // Only same-app paths: an absolute URL in ?next= would leave the site.
    const target = redirectTo.startsWith('/') && !redirectTo.startsWith('//') ? redirectTo : '/'
    await router.push(target)
    return true
  }

  async function logout() {
    await fetch('/api/session', {
      method: 'DELETE',
      credentials: 'include',
      headers: { [CSRF_HEADER]: readCsrfToken() },
    })
    user.value = null
    await router.push({ name: 'login' })
  }

  return { user, loading, lastError, isLoggedIn, isAdmin, load, login, logout }
})
