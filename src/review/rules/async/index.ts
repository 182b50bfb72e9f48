import type { Rule } from '../../types'
import { jsAsyncPredicate } from './js-async-predicate'
import { jsAwaitInForEach } from './js-await-in-foreach'
import { pythonBlockingHttp } from './python-blocking-http'
import { pythonBlockingIo } from './python-blocking-io'
import { pythonBlockingSleep } from './python-blocking-sleep'
import { pythonDatetimeUtcnow } from './python-datetime-utcnow'
import { pythonFastapiOnEvent } from './python-fastapi-on-event'
import { pythonMissingAwait } from './python-missing-await'
import { pythonSyncQueryInAsync } from './python-sync-query-in-async'

/** Real bugs first (lost awaits, AttributeErrors), then event-loop blockers, then deprecations. */
export const asyncRules: Rule[] = [
  pythonMissingAwait,
  pythonSyncQueryInAsync,
  jsAwaitInForEach,
  jsAsyncPredicate,
  pythonBlockingSleep,
  pythonBlockingHttp,
  pythonBlockingIo,
  pythonDatetimeUtcnow,
  pythonFastapiOnEvent,
]
