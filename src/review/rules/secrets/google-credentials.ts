// Flags Google service-account key JSON (`"private_key": "-----BEGIN`) and Google API keys (`AIza…`).
// Firebase web config keys and keys named for the browser (`GOOGLE_MAPS_BROWSER_KEY`, `NEXT_PUBLIC_…`) are public by design and
// not reported, nor are typed-in shapes (`AIzaXXXX…`).
import { identifierWords } from '../../source/text'
import type { FileUnderReview, LineRule, RuleHit } from '../../types'
import { looksTypedIn, maskSecret, rotateAndLoad } from './util'

const SERVICE_ACCOUNT_KEY = /["']?private_key["']?\s*:\s*["']-----BEGIN [A-Z ]*PRIVATE KEY-----/
const API_KEY = /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])/g
const FIREBASE_CONTEXT = /firebase|authDomain|messagingSenderId|storageBucket|measurementId/i
/** The name a key is assigned to or keyed by on its line: `GOOGLE_MAPS_BROWSER_KEY: 'AIza…'`, `const mapsKey = "AIza…"`. */
const ASSIGNED_NAME = /([A-Za-z_$][\w$]*)['"]?\s*(?::|=|\?\?|\|\|)\s*['"`]?$/
/** Bundler prefixes whose variables are inlined into the browser bundle. */
const BUNDLED_PREFIX = /^(?:NEXT_PUBLIC_|VITE_|REACT_APP_|EXPO_PUBLIC_|NUXT_PUBLIC_|PUBLIC_|GATSBY_)/
const SERVER_WORDS = new Set(['server', 'backend', 'private', 'secret', 'admin', 'service'])
/**
 * The query of a URL only a browser page loads: the Maps JavaScript API loader (`maps.googleapis.com/maps/api/js?key=`)
 * and the Maps Embed API's iframe (`google.com/maps/embed/v1/place?key=`). Every visitor's browser sends the key, so it
 * is a referrer-restricted browser key.
 */
/**
 * Where a Maps client takes its key: the `googleMapsApiKey` prop of `@react-google-maps/api` and of an Expo app's
 * `ios.config`, and `googleMaps: { apiKey }` in its `android.config`. The key ends up in every page or app binary
 * and is restricted by referrer or bundle id, never kept secret.
 */
const MAPS_CLIENT_KEY = /\bgoogleMapsApiKey['"]?\s*[:=]\s*\{?\s*['"`]?$|\bgoogleMaps['"]?\s*:\s*\{\s*['"]?apiKey['"]?\s*:\s*['"`]$/
/** Libraries that load Maps JavaScript in the page: any key in a file that imports one is handed to the browser. */
const MAPS_BROWSER_LIBRARY = /\bfrom\s+['"](?:@googlemaps\/js-api-loader|@react-google-maps\/api|@vis\.gl\/react-google-maps)['"]|\brequire\(\s*['"]@googlemaps\/js-api-loader['"]\s*\)/
const LOADS_MAPS_IN_BROWSER = new WeakMap<object, boolean>()

function loadsMapsInBrowser(file: FileUnderReview): boolean {
  let known = LOADS_MAPS_IN_BROWSER.get(file)
  if (known === undefined) {
    known = file.hunks.some((hunk) => hunk.lines.some((l) => l.kind !== 'del' && l.text.includes('maps') && MAPS_BROWSER_LIBRARY.test(l.text)))
    LOADS_MAPS_IN_BROWSER.set(file, known)
  }
  return known
}

const BROWSER_LOADER_URL = /(?:maps\.googleapis\.com\/maps\/api\/js|google\.com\/maps\/embed\/v1\/\w+)\?(?:[\w.-]+=[^&\s"'`]*&)*key=$/

/**
 * A key named for the browser (`GOOGLE_MAPS_BROWSER_KEY`, `publicMapsKey`, `NEXT_PUBLIC_GOOGLE_MAPS_KEY`): Maps JavaScript,
 * Places Autocomplete and the like take it in the page, where every visitor reads it, and it is restricted by referrer.
 */
function browserKeyName(before: string): boolean {
  const name = ASSIGNED_NAME.exec(before)?.[1]
  if (!name) return false
  const words = identifierWords(name)
  if (words.some((w) => SERVER_WORDS.has(w))) return false
  return BUNDLED_PREFIX.test(name) || words.includes('browser') || words.includes('public')
}

export const googleCredentials: LineRule = {
  kind: 'line',
  meta: {
    id: 'secrets/google-credentials',
    title: 'Google Cloud credentials committed',
    severity: 'critical',
    category: 'security',
    pack: 'secrets',
    tier: 'core',
    languages: '*',
    description:
      'A service-account key file is a long-lived credential for a GCP project, and an unrestricted Google API key can run up billable quota. Both are found by scanners soon after a push.',
    examples: {
      bad: '{\n  "type": "service_account",\n  "private_key": "-----BEGIN PRIVATE ' + 'KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\\n-----END PRIVATE KEY-----\\n"\n}\n',
      good: '{\n  "type": "service_account",\n  "private_key_id": "",\n  "client_email": "svc@project.iam.gserviceaccount.com"\n}\n',
    },
  },
  trigger: ['private_key', 'AIza'],
  check(ctx) {
    const text = ctx.line.text
    if (!text.includes('private_key') && !text.includes('AIza')) return undefined
    const hits: RuleHit[] = []
    if (text.includes('private_key') && SERVICE_ACCOUNT_KEY.test(text) && !/\.\.\.|<[^<>]*>|EXAMPLE/.test(text)) {
      hits.push({
        line: ctx.line.newLine,
        message: 'Google service-account private key (`"private_key": "-----BEGIN …`) is committed; the key file grants the service account\'s access to the project.',
        suggestion:
          rotateAndLoad(ctx.file, 'service-account key in IAM → Service accounts → Keys', 'GOOGLE_APPLICATION_CREDENTIALS') +
          ' On GCP, prefer workload identity or attached service accounts over key files.',
      })
    }
    if (text.includes('AIza')) {
      for (const m of text.matchAll(API_KEY)) {
        if (looksTypedIn(m[0].slice(4), 3.5)) continue
        // A Firebase web config's key names the project for the browser SDK: it ships in every page
        // that loads the app, and access is decided by Firebase security rules, not by the key.
        if (FIREBASE_CONTEXT.test(text) || [...ctx.before(6), ...ctx.after(6)].some((l) => FIREBASE_CONTEXT.test(l.text))) continue
        const before = text.slice(Math.max(0, m.index - 200), m.index)
        if (browserKeyName(before) || BROWSER_LOADER_URL.test(before) || MAPS_CLIENT_KEY.test(before) || loadsMapsInBrowser(ctx.file)) continue
        hits.push({
          line: ctx.line.newLine,
          message: `Google API key \`${maskSecret(m[0])}\` is committed; anyone with it can call the enabled APIs on your quota and bill.`,
          suggestion: rotateAndLoad(ctx.file, 'API key in the Cloud console', 'GOOGLE_API_KEY') + ' Add API and referrer/IP restrictions to the new key.',
          severity: 'major',
        })
      }
    }
    return hits
  },
}
