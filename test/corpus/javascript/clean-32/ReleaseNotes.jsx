// corpus: path=src/components/ReleaseNotes.jsx
import React, { useEffect, useMemo, useState } from 'react'
import DOMPurify from 'dompurify'
import { marked } from 'marked'
import PropTypes from 'prop-types'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useSearchParams } from 'react-router-dom'
import { api } from '../lib/api'
import changelogIntro from '../content/intro.md?raw'

const introHtml = marked.parse(changelogIntro)
const SANITIZE_OPTIONS = { USE_PROFILES: { html: true }, FORBID_TAGS: ['style', 'form'], FORBID_ATTR: ['style'] }

function renderMarkdown(source) {
  return DOMPurify.sanitize(marked.parse(source || ''), SANITIZE_OPTIONS)
}

function LabelBadge({ label }) {
  return (
    <span className="badge" style={{ backgroundColor: label.color }} title={label.title}>
      {label.title}
    </span>
  )
}

LabelBadge.propTypes = { label: PropTypes.shape({ color: PropTypes.string, title: PropTypes.string }).isRequired }

function Entry({ entry, repository }) {
  const prUrl = `https://github.com/${encodeURIComponent(repository.owner)}/${encodeURIComponent(repository.name)}/pull/${Number(entry.pr_number)}`
  const bodyHtml = useMemo(() => renderMarkdown(entry.body), [entry.body])
  return (
    <li className="entry">
      <LabelBadge label={entry.label} />
      <a href={prUrl} target="_blank" rel="noreferrer noopener"> {/* ok: open-redirect */}
        #{entry.pr_number}
      </a>{' '}
      <strong>{entry.title}</strong>
      {entry.body ? <div className="entry-body" dangerouslySetInnerHTML={{ __html: bodyHtml }} /> : null} {/* ok: xss */}
      <span className="author">@{entry.author_login}</span>
    </li>
  )
}

export default function ReleaseNotes({ workspace }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [params, setParams] = useSearchParams()
  const [releases, setReleases] = useState([])
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState(null)
  const query = params.get('q') || ''
  const label = params.get('label') || ''

  useEffect(() => {
    let cancelled = false
    setLoading(true)
    api
      .get(`/workspaces/${encodeURIComponent(workspace.slug)}/releases`, { params: { q: query, label } })
      .then((res) => {
        if (!cancelled) setReleases(res.data.releases)
      })
      .catch((err) => {
        if (!cancelled) setError(err.response?.status === 404 ? t('releases.notFound') : t('errors.generic'))
      })
      .finally(() => {
        if (!cancelled) setLoading(false)
      })
    return () => {
      cancelled = true
    }
  }, [workspace.slug, query, label, t])

  function onSearch(event) {
    event.preventDefault()
    const next = new FormData(event.currentTarget).get('q')
    setParams(next ? { q: String(next) } : {})
  }

  function openRelease(release) {
    navigate(`/w/${encodeURIComponent(workspace.slug)}/releases/${encodeURIComponent(release.id)}`) // ok: open-redirect
  }

  return (
    <section className="release-notes">
      <div className="intro" dangerouslySetInnerHTML={{ __html: introHtml }} /> {/* ok: xss */}
      <form role="search" onSubmit={onSearch}>
        <input name="q" defaultValue={query} placeholder={t('releases.searchPlaceholder')} />
        <button type="submit">{t('actions.search')}</button>
      </form>
      {query ? <p className="hint">{t('releases.resultsFor', { query })}</p> : null}
      {error ? <p role="alert">{error}</p> : null}
      {loading ? <p>{t('common.loading')}</p> : null}
      {releases.map((release) => (
        <article key={release.id} onClick={() => openRelease(release)}>
          <h2>
            <Link to={`/w/${workspace.slug}/releases/${release.id}`}>{release.repository} {release.version}</Link>
          </h2>
          <time dateTime={release.published_at}>{new Date(release.published_at).toLocaleDateString()}</time>
          <ul>
            {release.entries.map((entry) => (
              <Entry key={entry.id} entry={entry} repository={release.repositoryInfo} />
            ))}
          </ul>
        </article>
      ))}
    </section>
  )
}

ReleaseNotes.propTypes = { workspace: PropTypes.shape({ slug: PropTypes.string.isRequired }).isRequired }
