import { defineStore } from 'pinia'
import { ref, computed } from 'vue'

export const useSessionStore = defineStore('session', () => {
  const user = ref<{ id: string; name: string } | null>(null)
  const isLoggedIn = computed(() => user.value !== null)

  async function load() {
    const res = await fetch('/api/me', { credentials: 'include' })
    user.value = res.ok ? await res.json() : null
  }

  return { user, isLoggedIn, load }
})
