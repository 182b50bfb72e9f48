// corpus: path=src/pages/embed.tsx
import { useSearchParams } from 'react-router-dom'
import type { GetServerSideProps } from 'next'
export function Embed() {
  const [params] = useSearchParams()
  const embed = params.get('embed') ?? ''
  const openIt = () => window.open(params.get('u') ?? '/') // expect: open-redirect
  return (
    <div>
      <iframe src={embed} title="embed" /> {/* expect: xss */}
      <button onClick={openIt}>open</button>
    </div>
  )
}
export const getServerSideProps: GetServerSideProps = async ({ query }) => {
  const res = await fetch(query.feed as string) // expect: ssrf
  return { props: { feed: await res.text() } }
}
