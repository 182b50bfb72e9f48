import { googleCredentials } from '../../../../src/review/rules/secrets/google-credentials'
import { testRule } from '../../rule-tester'

const API_KEY = 'AIza' + '3nynD_vief9CG9BLPm0ZNZml9DPJVLijiht'
const PEM = '-----BEGIN PRIVATE' + ' KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\\n-----END PRIVATE KEY-----\\n'

testRule(googleCredentials, {
  valid: [
    { code: '{\n  "type": "service_account",\n  "client_email": "svc@demo.iam.gserviceaccount.com"\n}\n', path: 'sa.json' },
    { code: '{ "private_key": "-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\\n" }\n', path: 'docs/sa.example.json' },
    { code: 'private_key = os.environ["GCP_PRIVATE_KEY"]\n', path: 'app.py' },
    // The shape of a key written out for a scanner's docs.
    { code: "{ id: 'google-api-key', pattern: /\\bAIza[0-9A-Za-z_-]{35}\\b/, example: 'AIza" + "X".repeat(35) + "' },\n" },
    { code: "const key = process.env.GOOGLE_MAPS_KEY\nconst prefix = 'AIza'\n" },
    // Too short to be a key.
    { code: "const k = 'AIzaShortValue'\n" },
    // A Firebase web config's key is shipped to every browser; security rules decide access.
    { code: `const firebaseConfig = {\n  apiKey: "${API_KEY}",\n  authDomain: "demo.firebaseapp.com",\n  projectId: "demo",\n}\n` },
    { code: `export const FIREBASE_API_KEY = '${API_KEY}'\n`, path: 'src/lib/firebase.ts' },
    // A key named for the browser is read by every visitor of the page that loads the map; referrer restrictions decide its use.
    { code: `const PUBLIC = Object.freeze({\n  GOOGLE_MAPS_BROWSER_KEY: '${API_KEY}',\n})\n`, path: 'src/constants.js' },
    { code: `const mapsKey = process.env.NEXT_PUBLIC_GOOGLE_MAPS_KEY ?? '${API_KEY}'\n`, path: 'src/components/Map.tsx' },
    { code: `export const publicMapsApiKey = "${API_KEY}"\n`, path: 'src/config.ts' },
    // The Maps JavaScript loader and the Maps Embed iframe only run in a page, which sends the key from every visitor's browser.
    { code: `script.src = 'https://maps.googleapis.com/maps/api/js?key=${API_KEY}&libraries=places&callback=initMap'\n`, path: 'src/analytics.js' },
    { code: `<iframe src="https://www.google.com/maps/embed/v1/place?q=Berlin&key=${API_KEY}"></iframe>\n`, path: 'src/Contact.jsx' },
    // A Maps SDK key in an Expo app's config ships inside the app binary and is restricted by bundle id.
    { code: `export default {\n  ios: {\n    config: { googleMapsApiKey: '${API_KEY}' },\n  },\n  android: {\n    config: {\n      googleMaps: { apiKey: '${API_KEY}' },\n    },\n  },\n}\n`, path: 'app.config.ts' },
    // @react-google-maps/api takes the browser key as a prop.
    { code: `const { isLoaded } = useJsApiLoader({ id: 'map', googleMapsApiKey: '${API_KEY}' })\n`, path: 'src/components/StoreMap.tsx' },
    // A file that loads Maps JavaScript in the page hands its key to every visitor.
    { code: `import { Loader } from '@googlemaps/js-api-loader'\n\nconst loader = new Loader({ apiKey: '${API_KEY}', version: 'weekly' })\n`, path: 'src/map.js' },
  ],
  invalid: [
    // The server-side Maps client (@googlemaps/google-maps-services-js) takes a server key.
    { code: `import { Client } from '@googlemaps/google-maps-services-js'\n\nconst maps = new Client({})\nconst res = await maps.geocode({ params: { address, key: '${API_KEY}' } })\n`, path: 'src/geocode.ts', findings: [{ line: 4 }] },
    // A Maps key named for no client, in server code.
    { code: `const googleMaps = { serverKey: '${API_KEY}' }\n`, path: 'src/server/geo.ts', findings: [{ line: 1 }] },
    // Other Maps web services are called from servers, where the key is a server key.
    { code: `const url = 'https://maps.googleapis.com/maps/api/geocode/json?address=Berlin&key=${API_KEY}'\n`, path: 'src/geocode.js', findings: [{ line: 1 }] },
    {
      code: `{\n  "type": "service_account",\n  "project_id": "billing-prod",\n  "private_key": "${PEM}"\n}\n`,
      path: 'credentials/service-account.json',
      findings: [{ line: 4, severity: 'critical', message: /service-account private key/, suggestion: /workload identity/ }],
    },
    {
      code: `const maps = new Client({ key: '${API_KEY}' })\n`,
      findings: [{ line: 1, severity: 'major', message: /Google API key `AIza…\(39 chars\)`/, suggestion: /process\.env\.GOOGLE_API_KEY/ }],
    },
    { code: `GOOGLE_API_KEY: ${API_KEY}\n`, path: 'tests/fixtures/config.yml', findings: [{ line: 1, severity: 'major' }] },
    // Named for the server, or a public-looking object holding a server key under its own name.
    { code: `const GOOGLE_MAPS_SERVER_KEY = '${API_KEY}'\n`, findings: [{ line: 1 }] },
    { code: `const PUBLIC = {\n  geocodingKey: '${API_KEY}',\n}\n`, findings: [{ line: 2 }] },
  ],
})
