// corpus: path=src/services/shipping-client.ts
import { Agent } from 'undici';
import https from 'node:https';
import axios from 'axios';

const SHIPPING_API = 'http://api.shipfast.example.net/v1'; // expect: cleartext-http
const TRACKING_API = 'https://tracking.shipfast.example.net/v1'; // ok: cleartext-http

const insecureDispatcher = new Agent({ connect: { rejectUnauthorized: false } }); // expect: tls-verify-disabled

export async function createLabel(order: { id: string; weightGrams: number }, apiKey: string) {
  const res = await fetch(`${SHIPPING_API}/labels`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': apiKey },
    body: JSON.stringify(order),
  });
  return res.json();
}

export async function track(code: string) {
  const res = await fetch(`${TRACKING_API}/track/${encodeURIComponent(code)}`, {
    // @ts-expect-error undici dispatcher is accepted by Node's fetch
    dispatcher: insecureDispatcher,
  });
  return res.json();
}

export const carrierClient = axios.create({
  baseURL: 'https://carrier.example.org/api',
  httpsAgent: new https.Agent({ keepAlive: true, rejectUnauthorized: true }), // ok: tls-verify-disabled
});

export async function legacyRates(zip: string) {
  const { data } = await axios.get('http://rates.legacy-carrier.example.com/quote', { params: { zip } }); // expect: cleartext-http
  return data;
}

export const XML_NS = 'http://www.w3.org/2000/svg'; // ok: cleartext-http
