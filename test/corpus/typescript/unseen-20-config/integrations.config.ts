// corpus: path=src/config/integrations.ts
export interface IntegrationConfig {
  baseUrl: string;
  apiKey: string;
}

export const integrations: Record<string, IntegrationConfig> = {
  shipping: {
    baseUrl: 'http://api.shiplogic-express.com/v2', // expect: cleartext-http
    apiKey: 'slx_live_8Kq2vT7mXw4Lr9zN1bJ6cF3dS0yG5hPa', // expect: hardcoded-secret
  },
  geocoder: {
    baseUrl: 'https://api.geoapify.com/v1',
    apiKey: process.env.GEOAPIFY_KEY ?? '', // ok: hardcoded-secret
  },
  sandbox: {
    baseUrl: 'http://localhost:4010',  // ok: cleartext-http
    apiKey: 'sandbox-key', // ok: hardcoded-secret
  },
};

export const XML_NAMESPACE = 'http://schemas.xmlsoap.org/soap/envelope/'; // ok: cleartext-http
export const GITLAB_TOKEN = 'glpat-JcPhMCsdHeFTcSZhBfk3'; // expect: hardcoded-secret
export const NPM_TOKEN_PLACEHOLDER = 'npm_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX'; // ok: hardcoded-secret
