/** Which AI reviewer this deployment has configured, for `/health`: `off` until one is set up. */
export function describeAiProvider(_env: Env): string {
  return 'off'
}
