declare namespace Cloudflare {
  interface Env {
    /** SPKI PEM of the test App key: the fake GitHub checks every App JWT against it. */
    TEST_GITHUB_PUBLIC_KEY: string
  }
}
