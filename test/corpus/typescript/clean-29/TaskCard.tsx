// corpus: path=src/components/TaskCard.tsx
import { memo, useMemo } from 'react'
import { marked } from 'marked'
import DOMPurify from 'dompurify'
import type { Task, User } from '../types'
import { Avatar } from './Avatar'
import { useTranslation } from '../i18n'

interface Props {
  task: Task
  assignee?: User
  onOpen: (id: string) => void
  highlight?: string
}

const PRIORITY_CLASS: Record<Task['priority'], string> = {
  low: 'border-slate-300',
  medium: 'border-amber-400',
  high: 'border-red-500',
}

function highlightParts(text: string, term?: string): Array<{ text: string; hit: boolean }> {
  if (!term) return [{ text, hit: false }]
  const lower = text.toLowerCase()
  const needle = term.toLowerCase()
  const parts: Array<{ text: string; hit: boolean }> = []
  let from = 0
  for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, from)) {
    if (at > from) parts.push({ text: text.slice(from, at), hit: false })
    parts.push({ text: text.slice(at, at + needle.length), hit: true })
    from = at + needle.length
  }
  if (from < text.length) parts.push({ text: text.slice(from), hit: false })
  return parts
}

export const TaskCard = memo(function TaskCard({ task, assignee, onOpen, highlight }: Props) {
  const { t, formatDate } = useTranslation()
  const descriptionHtml = useMemo(
    () => DOMPurify.sanitize(marked.parse(task.description, { async: false }) as string, { USE_PROFILES: { html: true } }),
    [task.description],
  )
  const overdue = task.dueAt !== null && new Date(task.dueAt).getTime() < Date.now()

  return (
    <article
      className={`rounded-md border-l-4 bg-white p-3 shadow-sm ${PRIORITY_CLASS[task.priority]}`}
      data-task-id={task.id}
      onClick={() => onOpen(task.id)}
    >
      <h3 className="text-sm font-medium">
        {highlightParts(task.title, highlight).map((part, i) =>
          part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
        )}
      </h3>
      {task.description && (
        <div className="prose prose-sm mt-1 line-clamp-3" dangerouslySetInnerHTML={{ __html: descriptionHtml }} /> // ok: xss
      )}
      <footer className="mt-2 flex items-center justify-between text-xs text-slate-500">
        <span className={overdue ? 'text-red-600' : undefined}>
          {task.dueAt ? t('task.due', { date: formatDate(task.dueAt) }) : t('task.noDueDate')}
        </span>
        {assignee ? <Avatar user={assignee} size={20} /> : <span>{t('task.unassigned')}</span>}
      </footer>
      <a href={`/tasks/${encodeURIComponent(task.id)}`} className="sr-only">
        {t('task.open', { title: task.title })}
      </a>
    </article>
  )
})
