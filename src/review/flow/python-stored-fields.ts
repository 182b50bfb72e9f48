/**
 * Request data saved on a model in one view and read back from a loaded record in another view
 * of the same file: `NotificationTemplate(body=request.form["body"])` … `tpl =
 * NotificationTemplate.query.get_or_404(pk)` … `env.from_string(tpl.body)`. The field is the
 * client's text, stored (second-order injection). Fields are keyed by model class; functions that
 * read a field before any write to it was seen are read again once one is.
 */
import type { PendingFunction } from './scope'
import { SAFE, type Value } from './value'

/** What a loaded record of model `X` is known as (`X.query.get(pk)`, `get_object_or_404(X, pk=pk)`). */
export const RECORD = 'record:'
/** What a query over model `X` is known as (`X.objects.filter(...)`): its `.first()`/`.get()` is a record. */
export const RECORDS = 'records:'

/** `X.query`, `X.objects`, or a query already known over `X`. */
const MANAGER = /(?:^|\.)([A-Z]\w*)\.(query|objects)$/
/** Methods that give one record of the query's model. */
const ONE = /^(get|get_or_404|first|first_or_404|one|one_or_none|last|latest|earliest|get_object_or_404)$/
/** Methods that narrow or order the query and keep its model. */
const NARROW = /^(filter|filter_by|exclude|order_by|select_related|prefetch_related|only|defer|where|limit|offset|all|options|join|distinct|using)$/

/** The model a receiver queries: `X` for `X.query`, `X.objects`, `records:X`. */
export function queriedModel(receiver: Value | undefined): string | undefined {
  const q = receiver?.qname
  if (!q) return undefined
  if (q.startsWith(RECORDS)) return q.slice(RECORDS.length)
  return MANAGER.exec(q)?.[1]
}

/** What a query method returns, known by model: a record, a narrower query, or nothing known. */
export function queryResult(model: string, method: string): Value | undefined {
  if (ONE.test(method)) return { qname: `${RECORD}${model}` }
  if (NARROW.test(method)) return { qname: `${RECORDS}${model}` }
  return undefined
}

/**
 * Fields people fill in about themselves or write to other users (`profile.bio`, `comment.body`):
 * another visitor's text whichever view saved it. Fields an administrator writes are not on the
 * list, nor `username`, which frameworks restrict to word characters.
 */
// The same text kept as markup or source (`bio_html`, `body_markdown`, `content_raw`) is still what its author typed.
const USER_WRITTEN_FIELD = /^(bio|about|about_me|signature|nickname|display_name|tagline|headline|status_message)(_(html|raw|markdown|md))?$/
const USER_WRITTEN_MODEL = /^(Comment|Review|Reply|Message|Post|Snippet|Paste|Note|Answer|Question|Submission|Feedback|Testimonial|\w+(Comment|Review|Reply|Message|Snippet|Note|Submission))$/
const USER_WRITTEN_TEXT = /^(body|text|content)(_(html|raw|markdown|md))?$/

function userWritten(model: string, field: string): boolean {
  return USER_WRITTEN_FIELD.test(field) || (USER_WRITTEN_MODEL.test(model) && USER_WRITTEN_TEXT.test(field))
}

/**
 * Links a record's owner saves for the server to call or fetch later: a webhook or callback, a feed or
 * import source, an avatar to download. Whoever saved it chose the host, internal ones included.
 */
const OWNER_SET_URL = /^(webhook|callback|notify|notification|hook|ping|feed|rss|ical|source|import|remote|avatar)_(url|uri)$|^(webhook|callback)$/

/**
 * `job.source_url`, `instance.webhook_url` on a loaded record: a URL for the server to fetch, which its owner chose.
 * Only a server-side request (SSRF) takes it for the client's: as text it is safe for every other sink, and a
 * redirect to it is the link the site stores on purpose.
 */
function ownerSetUrl(model: string, field: string, line: number): Value | undefined {
  if (!OWNER_SET_URL.test(field)) return undefined
  return { taint: { source: `the stored \`${model}.${field}\`, a URL its owner sets`, line, storedUrl: true }, safe: (SAFE.all & ~SAFE.url) | SAFE.log }
}

/** Fields no form edits: keys, links to other records, timestamps, flags and counters. */
const NOT_FORM_FIELD = /^(id|pk|uuid|slug|\w+_(id|at|on|count)|created|updated|modified|owner|user|author|is_\w+|public|published|status)$/

/** `SnippetForm`, `SnippetModelForm`, `SnippetEditForm`: the model a Django form is named for (capture 1). */
export const MODEL_FORM = /^([A-Z][a-z]\w*?)(?:Model|Create|Edit|Update|Admin)?Form$/

/** An object that stands for a person (`request.user.profile`, `current_user`, `comment.author`): its self-written fields are theirs. */
const PERSON = /^([a-z]\w*_)?(user|profile|account|member|author|owner|customer|person|viewer|sender|userprofile)$/

/** `request.user.profile.bio`, `current_user.display_name`: a field a person wrote about themselves, read off the object that stands for them. */
export function personWrittenField(objectText: string, attr: string, line: number): Value | undefined {
  const last = objectText.split('.').pop() ?? ''
  // A profile is the part of the account its owner edits: its text fields are theirs, its files and links are not text they wrote.
  const profileText = /^([a-z]\w*_)?profile$/.test(last) && !NOT_FORM_FIELD.test(attr) && !/avatar|photo|image|picture|file|url|path|timezone|locale|lang/i.test(attr)
  if (!(USER_WRITTEN_FIELD.test(attr) || profileText) || !PERSON.test(last)) return undefined
  return { taint: { source: `the user-written \`${last}.${attr}\``, line } }
}

export class StoredFields {
  private readonly stored = new Map<string, Value>()
  private readonly readers = new Map<string, Set<PendingFunction>>()
  private readonly reread = new Set<PendingFunction>()

  /** `X(field=value)`, `X.objects.create(field=value)`, `record.field = value`: the functions to read again when the field newly holds request data. */
  write(model: string, field: string, value: Value, line: number): PendingFunction[] {
    if (!value.taint) return []
    const key = `${model}.${field}`
    if (this.stored.has(key)) return []
    this.stored.set(key, {
      taint: { source: `the stored \`${key}\`, saved from request data on line ${line}`, line },
      ...(value.safe ? { safe: value.safe } : {}),
      ...(value.added ? { added: true } : {}),
    })
    const again = [...(this.readers.get(key) ?? [])].filter((job) => !this.reread.has(job))
    for (const job of again) this.reread.add(job)
    this.readers.delete(key)
    return again
  }

  /**
   * A Django ModelForm bound to request data and saved (`SnippetForm(request.POST)` … `form.save()`): every field
   * the form edits is the client's. Keys, links and timestamps are the application's own, not the form's.
   */
  writeAll(model: string, value: Value, line: number): PendingFunction[] {
    if (!value.taint || this.stored.has(`${model}.*`)) return []
    this.stored.set(`${model}.*`, { taint: { source: `the stored \`${model}\` fields, saved from a form of request data on line ${line}`, line }, ...(value.added ? { added: true } : {}) })
    const again: PendingFunction[] = []
    for (const [key, jobs] of this.readers) {
      if (!key.startsWith(`${model}.`) || NOT_FORM_FIELD.test(key.slice(model.length + 1))) continue
      for (const job of jobs) {
        if (this.reread.has(job)) continue
        this.reread.add(job)
        again.push(job)
      }
      this.readers.delete(key)
    }
    return again
  }

  /** `record.field` on a loaded record of `model`: the request data some view saved there, or a field users write, if any. */
  read(model: string, field: string, reader: PendingFunction | undefined, line: number): Value | undefined {
    const key = `${model}.${field}`
    const held = this.stored.get(key) ?? (NOT_FORM_FIELD.test(field) ? undefined : this.stored.get(`${model}.*`))
    if (held) return held
    if (userWritten(model, field)) return { taint: { source: `the user-written \`${key}\``, line } }
    const link = ownerSetUrl(model, field, line)
    if (link) return link
    if (reader && !this.reread.has(reader)) {
      let set = this.readers.get(key)
      if (!set) this.readers.set(key, (set = new Set()))
      set.add(reader)
    }
    return undefined
  }
}
