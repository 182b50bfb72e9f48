// corpus: path=app/(marketing)/blog/[slug]/page.tsx
import fs from 'node:fs/promises'
import path from 'node:path'
import type { Metadata } from 'next'
import Image from 'next/image'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import matter from 'gray-matter'
import { remark } from 'remark'
import remarkHtml from 'remark-html'
import remarkGfm from 'remark-gfm'

const POSTS_DIR = path.join(process.cwd(), 'content', 'blog')
const SITE_URL = 'https://www.tracker.example.com'

type Post = {
  slug: string
  title: string
  description: string
  date: string
  author: string
  cover?: string
  html: string
}

export async function generateStaticParams() {
  const files = await fs.readdir(POSTS_DIR)
  return files.filter((f) => f.endsWith('.md')).map((f) => ({ slug: f.replace(/\.md$/, '') }))
}

export const dynamicParams = false

async function getPost(slug: string): Promise<Post | null> {
  if (!/^[a-z0-9-]+$/.test(slug)) return null
  const file = path.join(POSTS_DIR, `${slug}.md`)
  let source: string
  try {
    source = await fs.readFile(file, 'utf8') // ok: path-traversal
  } catch {
    return null
  }
  const { data, content } = matter(source)
  const processed = await remark().use(remarkGfm).use(remarkHtml).process(content)
  return {
    slug,
    title: String(data.title),
    description: String(data.description ?? ''),
    date: String(data.date),
    author: String(data.author ?? 'The Tracker team'),
    cover: data.cover ? String(data.cover) : undefined,
    html: processed.toString(),
  }
}

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const { slug } = await params
  const post = await getPost(slug)
  if (!post) return {}
  return {
    title: post.title,
    description: post.description,
    alternates: { canonical: `${SITE_URL}/blog/${post.slug}` },
    openGraph: { title: post.title, description: post.description, images: post.cover ? [post.cover] : [] },
  }
}

export default async function BlogPostPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const post = await getPost(slug)
  if (!post) notFound()

  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: post.title,
    datePublished: post.date,
    author: { '@type': 'Person', name: post.author },
    url: `${SITE_URL}/blog/${post.slug}`,
  }

  return (
    <article className="prose mx-auto py-12">
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, '\\u003c') }} // ok: xss
      />
      <Link href="/blog" className="text-sm">
        ← All posts
      </Link>
      <h1>{post.title}</h1>
      <p className="text-muted">
        {post.author} · <time dateTime={post.date}>{new Date(post.date).toLocaleDateString('en-US', { dateStyle: 'long' })}</time>
      </p>
      {post.cover ? <Image src={post.cover} alt="" width={1200} height={630} priority /> : null}
      <div dangerouslySetInnerHTML={{ __html: post.html }} /> {/* ok: xss */}
    </article>
  )
}
