// corpus: path=src/lib/api-client.ts
import ky, { type KyInstance } from 'ky';

export interface ClientSettings {
  apiUrl: string;
  timeoutMs: number;
  retries: number;
}

const defaults: ClientSettings = {
  apiUrl: 'http://api.fleet-telematics-vendor.com/v1', // expect: cleartext-http
  timeoutMs: 10_000,
  retries: 2,
};

const sandbox: ClientSettings = {
  apiUrl: 'https://sandbox.fleet-telematics-vendor.com/v1', // ok: cleartext-http
  timeoutMs: 30_000,
  retries: 0,
};

const mock: ClientSettings = {
  apiUrl: 'http://127.0.0.1:4010', // ok: cleartext-http
  timeoutMs: 1_000,
  retries: 0,
};

export function createClient(settings: ClientSettings = defaults): KyInstance {
  return ky.create({
    prefixUrl: settings.apiUrl,
    timeout: settings.timeoutMs,
    retry: settings.retries,
    headers: { Authorization: `Bearer ${process.env.TELEMATICS_TOKEN ?? ''}` },
  });
}

export const telematics = createClient(process.env.TELEMATICS_SANDBOX === '1' ? sandbox : defaults);
export const mockTelematics = createClient(mock);

export async function vehiclePositions(fleetId: string) {
  return telematics.get(`fleets/${encodeURIComponent(fleetId)}/positions`).json<{ id: string; lat: number; lng: number }[]>();
}

export const docsLinks = {
  schema: 'http://json-schema.org/draft-07/schema#', // ok: cleartext-http
  support: 'https://help.example.com/telematics',
};
