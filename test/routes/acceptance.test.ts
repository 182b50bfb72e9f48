import { describe, it } from 'vitest'
import { api, createTenantKey, submit, waitForStatus } from '../helpers'

// Built from pieces so the repository itself holds no key-shaped string.
const AWS_KEY = ['AKIA', 'Z7QJXV3K', 'D2LMPQ4R'].join('')

const DIFF = `diff --git a/app/settings.py b/app/settings.py
new file mode 100644
--- /dev/null
+++ b/app/settings.py
@@ -0,0 +1,3 @@
+import os
+
+AWS_ACCESS_KEY_ID = "${AWS_KEY}"
diff --git a/app/users.py b/app/users.py
new file mode 100644
--- /dev/null
+++ b/app/users.py
@@ -0,0 +1,12 @@
+import time
+
+
+def find_user(cursor, name):
+    cursor.execute(f"SELECT * FROM users WHERE name = '{name}'")
+    return cursor.fetchone()
+
+
+async def refresh_cache(cache):
+    time.sleep(5)
+    cache.clear()
+    return cache
`

describe('the review engine through the API', () => {
  it('finds exactly the committed AWS key, the f-string SQL and the blocking sleep, on the right lines', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await submit(key, { title: 'Users', author: 'ada', diff: DIFF })
    await waitForStatus(key, id, 'reviewed')
    const { data } = await (await api(`/api/changesets/${id}/findings?limit=100`, { key })).json<{ data: Array<Record<string, any>> }>()
    const lineFindings = data.filter((f) => f.line !== null)
    expect(lineFindings.map((f) => [f.rule_id, f.file_path, f.line]).sort()).toEqual(
      [
        ['secrets/aws-access-key', 'app/settings.py', 3],
        ['python/sql-injection', 'app/users.py', 5],
        ['python/blocking-sleep-in-async', 'app/users.py', 10],
      ].sort(),
    )
    expect(JSON.stringify(data)).not.toContain(AWS_KEY)
    // What is left is about the change as a whole (no test changed), not about a line.
    expect(data.filter((f) => f.line === null).map((f) => f.rule_id)).toEqual(['changeset/no-tests'])
  })
})
