// corpus: path=src/components/ShareDialog.ts
import { computed, defineComponent, ref } from 'vue'
import DOMPurify from 'dompurify'
import { api } from '@/lib/api'

export default defineComponent({
  name: 'ShareDialog',
  props: { docId: { type: String, required: true }, title: { type: String, required: true } },
  setup(props) {
    const message = ref('')
    const preview = ref('')
    const copied = ref(false)
    const shareUrl = computed(() => `${window.location.origin}/docs/${encodeURIComponent(props.docId)}`)

    async function loadPreview() {
      const { data } = await api.get(`/docs/${props.docId}/preview`)
      preview.value = DOMPurify.sanitize(data.html)
    }

    function render(root: HTMLElement) {
      root.querySelector('.share-title')!.innerHTML = props.title // expect: xss
      root.querySelector('.share-preview')!.innerHTML = preview.value // ok: xss
      root.querySelector('.share-url')!.textContent = shareUrl.value
    }

    async function copy() {
      await navigator.clipboard.writeText(shareUrl.value)
      copied.value = true
      setTimeout(() => (copied.value = false), 1500)
    }

    function inviteToken(): string {
      const bytes = new Uint8Array(16)
      crypto.getRandomValues(bytes)
      return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('') // ok: insecure-random
    }

    async function invite(email: string) {
      await api.post(`/docs/${props.docId}/invites`, { email, message: message.value, token: inviteToken() })
    }

    return { message, preview, copied, shareUrl, loadPreview, render, copy, invite }
  },
})
