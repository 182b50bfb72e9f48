/**
 * Hunks that start inside a class or function whose header git names in the `@@ … @@` line:
 * the header is written back above the hunk so the added code parses and the flow pass sees it.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const tsDiff = [
  'diff --git a/src/billing/client.ts b/src/billing/client.ts',
  '--- a/src/billing/client.ts',
  '+++ b/src/billing/client.ts',
  '@@ -18,5 +18,19 @@ export class BillingClient {',
  '   invoices(customerId: string): Promise<Invoice[]> {',
  '     return this.get(`/customers/${encodeURIComponent(customerId)}/invoices`, z.array(Invoice));',
  '   }',
  '+',
  '+  async search(term: string): Promise<Invoice[]> {',
  '+    const rows = await this.db.query(`SELECT * FROM invoices WHERE memo LIKE \'%${term}%\'`);',
  '+    return rows;',
  '+  }',
  '+',
  '+  private async get<T>(path: string, schema: z.ZodType<T>): Promise<T> {',
  '+    const res = await fetch(`${this.baseUrl}${path}`, { headers: { authorization: `Bearer ${this.token}` } });',
  '+    return schema.parse(await res.json());',
  '+  }',
  ' }',
  ' ',
  '+export const billing = new BillingClient(\'http://billing.acme-corp.com\', process.env.BILLING_TOKEN ?? \'\');',
  '+',
].join('\n')

testRule(registered('js/sql-injection'), {
  valid: [],
  invalid: [{ code: '', diff: tsDiff, findings: [{ line: 23 }] }],
})

testRule(registered('js/cleartext-http'), {
  valid: [],
  invalid: [{ code: '', diff: tsDiff, findings: [{ line: 33 }] }],
})

// A NestJS handler's decorated parameters are only sources when the method parses as one.
testRule(registered('js/ssrf'), {
  valid: [],
  invalid: [
    {
      code: '',
      diff: [
        'diff --git a/src/profiles/profiles.controller.ts b/src/profiles/profiles.controller.ts',
        '--- a/src/profiles/profiles.controller.ts',
        '+++ b/src/profiles/profiles.controller.ts',
        '@@ -30,4 +30,10 @@ export class ProfilesController {',
        '   get(@Param(\'id\') id: string) {',
        '     return this.profiles.get(id);',
        '   }',
        '+',
        '+  @Post(\'avatar\')',
        '+  async importAvatar(@Body(\'url\') url: string) {',
        '+    const res = await fetch(url);',
        '+    return this.profiles.saveAvatar(await res.arrayBuffer());',
        '+  }',
        ' }',
      ].join('\n'),
      path: 'src/profiles/profiles.controller.ts',
      findings: [{ line: 36 }],
    },
  ],
})

// Flow-only rules: without the header the hunk falls back to line rules, which have none for these.
testRule(registered('python/ssrf'), {
  valid: [],
  invalid: [
    {
      code: '',
      diff: [
        'diff --git a/accounts/profile.py b/accounts/profile.py',
        '--- a/accounts/profile.py',
        '+++ b/accounts/profile.py',
        '@@ -19,6 +19,8 @@ def update_profile():',
        '         "UPDATE users SET display_name = ? WHERE id = ?",',
        '         (display, g.user.id),',
        '     )',
        '+    avatar_url = request.json.get("avatar_url")',
        '+    image = requests.get(avatar_url, timeout=5).content',
        '     db.commit()',
        '     return jsonify({"ok": True})',
        ' ',
      ].join('\n'),
      findings: [{ line: 23 }],
    },
  ],
})
