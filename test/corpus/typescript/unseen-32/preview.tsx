// corpus: path=app/article/[slug]/preview.tsx
import { useRef, useState } from 'react'
import { ActivityIndicator, Pressable, StyleSheet, Text, TextInput, View } from 'react-native'
import { Stack, useLocalSearchParams } from 'expo-router'
import { WebView, type WebViewMessageEvent } from 'react-native-webview'
import { useQuery } from '@tanstack/react-query'
import { fetchArticle } from '@/lib/api'
import { useAuth } from '@/lib/auth'

const HELP_BASE = 'https://help.example.com/articles/'

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
}

export default function ArticlePreview() {
  // The screen opens from links like myapp://article/launch-notes/preview?title=...&intro=...;
  // any web page, QR code or other app can open such a link with parameters of its choosing.
  const { slug, title, intro, highlight } = useLocalSearchParams<{ slug: string; title?: string; intro?: string; highlight?: string }>()
  const { token } = useAuth()
  const web = useRef<WebView>(null)
  const [term, setTerm] = useState(highlight ?? '')
  const article = useQuery({ queryKey: ['article', slug], queryFn: () => fetchArticle(slug, token) })

  if (article.isLoading) return <ActivityIndicator style={styles.fill} />

  const banner = `<header><h1>${title ?? article.data?.title ?? ''}</h1><p class="intro">${intro ?? ''}</p></header>`
  const page = `<!doctype html><html><head><meta name="viewport" content="width=device-width"></head><body>${banner}${article.data?.html ?? ''}</body></html>`

  const onMessage = (event: WebViewMessageEvent) => {
    const msg = JSON.parse(event.nativeEvent.data) as { type: string; height?: number }
    if (msg.type === 'ready' && highlight) {
      web.current?.injectJavaScript(`window.highlightTerm('${highlight}'); true;`) // expect: code-injection
    }
  }

  const search = () => {
    web.current?.injectJavaScript(`window.highlightTerm(${JSON.stringify(term)}); true;`) // ok: code-injection
  }

  return (
    <View style={styles.fill}>
      <Stack.Screen options={{ title: 'Preview' }} />
      <View style={styles.bar}>
        <TextInput value={term} onChangeText={setTerm} placeholder="Find in article" style={styles.input} />
        <Pressable onPress={search}>
          <Text>Find</Text>
        </Pressable>
      </View>
      <WebView
        ref={web}
        originWhitelist={['*']}
        source={{ html: page }} // expect: xss
        onMessage={onMessage}
        javaScriptEnabled
      />
    </View>
  )
}

export function ArticleHelp() {
  const { topic, note } = useLocalSearchParams<{ topic: string; note?: string }>()
  const safeNote = escapeHtml(note ?? '')
  return (
    <View style={styles.fill}>
      <Text style={styles.note}>{note}</Text>{/* ok: xss */}
      <WebView source={{ html: `<p class="note">${safeNote}</p>` }} style={styles.noteBox} />{/* ok: xss */}
      <WebView source={{ uri: `${HELP_BASE}${encodeURIComponent(topic)}` }} style={styles.fill} />{/* ok: xss, open-redirect */}
    </View>
  )
}

const styles = StyleSheet.create({
  fill: { flex: 1 },
  bar: { flexDirection: 'row', padding: 8, gap: 8 },
  input: { flex: 1, borderWidth: 1, borderColor: '#ccc', borderRadius: 6, paddingHorizontal: 8 },
  note: { padding: 12, color: '#555' },
  noteBox: { height: 80 },
})
