// corpus: path=test/fixtures/tokens.js
// Fixture credentials for the integration tests; none of them work anywhere.
module.exports = {
  stripeKey: 'sk_test_4eC39HqLyjWDarjtT1zdp7dc', // ok: hardcoded-secret
  githubToken: 'ghp_000000000000000000000000000000000000', // ok: hardcoded-secret
  slackToken: 'xoxb-123456789012-1234567890123-abcdefghijklmnopqrstuvwx', // ok: hardcoded-secret
  jwtSecret: 'test-secret', // ok: hardcoded-secret
  awsAccessKeyId: 'AKIAIOSFODNN7EXAMPLE', // ok: hardcoded-secret
  awsSecretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', // ok: hardcoded-secret
  partnerUrl: 'http://partner.test/v1', // ok: cleartext-http
  sessionToken: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTEiLCJyb2xlIjoiYWRtaW4ifQ.c2lnbmF0dXJlLWZvci10ZXN0cw', // ok: hardcoded-secret
};
