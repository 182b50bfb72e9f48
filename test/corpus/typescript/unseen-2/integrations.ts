// corpus: path=src/integrations/client.ts
import got from 'got';
import { request } from 'undici';

const CRM_BASE = 'http://crm.partner-systems.com/api/v3'; // expect: cleartext-http
const SEARCH_BASE = 'https://search.partner-systems.com/api'; // ok: cleartext-http

export const crm = got.extend({ prefixUrl: CRM_BASE, headers: { 'x-api-key': process.env.CRM_KEY } });

export async function syncContact(id: string): Promise<unknown> {
  return crm.get(`contacts/${encodeURIComponent(id)}`).json();
}

export async function legacyInventory(sku: string): Promise<unknown> {
  const { body } = await request(`http://inventory.legacy-partner.net/items/${sku}`); // expect: cleartext-http
  return body.json();
}

export async function searchProducts(q: string): Promise<unknown> {
  return got(`${SEARCH_BASE}/products`, { searchParams: { q } }).json();
}
