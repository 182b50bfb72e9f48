// corpus: path=pages/api/geocode.js
// Server-side batch geocoding; the secret token has the geocoding:permanent scope the browser token lacks.
const MAPBOX_SECRET_TOKEN = 'sk.eyJ1IjoiZmllbGRub3RlIiwiYSI6ImNsdjN6cTlrMjBhN3Eya3BnZGF3eHZ0b2sifQ.Kp4Tq8Xv2Lm7Rn1Wz5Bc9Y'; // expect: hardcoded-secret
const GEOCODE_URL = 'https://api.mapbox.com/search/geocode/v6/batch';

export default async function handler(req, res) {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return res.status(405).end();
  }
  const addresses = Array.isArray(req.body?.addresses) ? req.body.addresses.slice(0, 50) : [];
  if (addresses.length === 0) return res.status(400).json({ error: 'addresses required' });

  const upstream = await fetch(`${GEOCODE_URL}?permanent=true&access_token=${MAPBOX_SECRET_TOKEN}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(addresses.map((q) => ({ q: String(q), limit: 1 }))),
  });
  if (!upstream.ok) return res.status(502).json({ error: 'geocoder unavailable' });
  const { batch } = await upstream.json();
  res.json(
    batch.map((r) => {
      const f = r.features[0];
      return f ? { lng: f.geometry.coordinates[0], lat: f.geometry.coordinates[1] } : null;
    }),
  );
}
