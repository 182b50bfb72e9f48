import { authCheckRemoved } from '../../../../src/review/rules/crypto/auth-check-removed'
import { testRule } from '../../rule-tester'

/** A one-hunk modified file: lines start with ' ', '-' or '+'. */
function diff(path: string, lines: string[], start = 10): string {
  const old = lines.filter((l) => !l.startsWith('+')).length
  const now = lines.filter((l) => !l.startsWith('-')).length
  return [`--- a/${path}`, `+++ b/${path}`, `@@ -${start},${old} +${start},${now} @@`, ...lines, ''].join('\n')
}

const VIEWS = 'accounts/views.py'

testRule(authCheckRemoved, {
  valid: [
    // A new file has nothing removed.
    { code: '@bp.post("/users/<int:uid>/delete")\ndef delete_user(uid):\n    User.query.filter_by(id=uid).delete()\n', path: 'app/admin.py' },
    // The check replaced by another one.
    { code: '', diff: diff(VIEWS, [' @require_POST', '-@login_required', '+@permission_required("accounts.change_profile")', ' def update_profile(request):', '     form = ProfileForm(request.POST)']) },
    { code: '', diff: diff('app/admin.py', [' @bp.post("/users/<int:uid>/delete")', '-@admin_required', '+@roles_required("admin")', ' def delete_user(uid):']) },
    // The view removed together with its check.
    { code: '', diff: diff(VIEWS, [' ', '-@login_required', '-def old_export(request):', '-    return export_csv(request.user)', ' ', ' def other(request):']) },
    // A route whose path says admin keeps its check in the decorator that replaced it.
    { code: '', diff: diff('app/admin.py', [' @bp.get("/admin/users")', '-@login_required', '+@auth.login_required', ' def list_users():']) },
    // FastAPI: the dependency moved, not dropped.
    { code: '', diff: diff('app/routes.py', ['-@router.delete("/items/{item_id}", dependencies=[Depends(require_admin)])', '+@router.delete("/items/{item_id}", dependencies=[Depends(require_role("admin"))])', ' def delete_item(item_id: int, db: Session = Depends(get_db)):']) },
    { code: '', diff: diff('app/routes.py', [' def delete_item(', '     item_id: int,', '-    user: User = Depends(get_current_user),', '+    user: User = Security(get_current_user, scopes=["items:write"]),', ' ):']) },
    // A non-auth dependency removed.
    { code: '', diff: diff('app/routes.py', ['-def list_items(db: Session = Depends(get_db), cache: Cache = Depends(get_cache)):', '+def list_items(db: Session = Depends(get_db)):', '     return db.query(Item).all()']) },
    // DRF permissions narrowed, not opened.
    { code: '', diff: diff('api/views.py', [' class InvoiceViewSet(viewsets.ModelViewSet):', '-    permission_classes = [IsAuthenticated]', '+    permission_classes = [IsAuthenticated, IsInvoiceOwner]', '     serializer_class = InvoiceSerializer']) },
    // Express: the route kept its check under a new name, or the check moved to the router.
    { code: '', diff: diff('src/routes/users.js', ["-router.delete('/users/:id', requireAuth, removeUser)", "+router.delete('/users/:id', authenticate({ role: 'admin' }), removeUser)"]) },
    { code: '', diff: diff('src/routes/users.js', ["-router.get('/users/:id', cache(60), showUser)", "+router.get('/users/:id', showUser)"]) },
    // A middleware brought in with the rewrite may be the check in a new form (a signed link).
    { code: '', diff: diff('src/routes/orders.js', ["-router.get('/:id/receipt', jwt, async (ctx) => {", "+router.get('/:id/receipt', verifyReceiptLink, async (ctx) => {", '   ctx.body = await receiptFor(ctx.params.id)']) },
    // NestJS: guard swapped for another.
    { code: '', diff: diff('src/users/users.controller.ts', ["   @Delete(':id')", '-  @UseGuards(JwtAuthGuard)', '+  @UseGuards(JwtAuthGuard, RolesGuard)', '   remove(@Param(\'id\') id: string) {']) },
    // Tests may drop checks from fixtures.
    { code: '', diff: diff('tests/test_views.py', [' ', '-@login_required', ' def fake_view(request):', '     return HttpResponse("ok")']) },
  ],
  invalid: [
    {
      code: '',
      diff: diff('app/admin.py', [' @bp.post("/users/<int:uid>/delete")', '-@admin_required', ' def delete_user(uid):', '     User.query.filter_by(id=uid).delete()']),
      findings: [{ line: 11, message: /removes `@admin_required` from `delete_user`/ }],
    },
    {
      code: '',
      diff: diff(VIEWS, [' @require_POST', '-@login_required', '-def update_profile(request):', '+def update_profile(request, slug=None):', '     form = ProfileForm(request.POST)']),
      findings: [{ line: 11, message: /login_required/ }],
    },
    {
      code: '',
      diff: diff(VIEWS, ['-@method_decorator(login_required, name="dispatch")', ' class ExportView(View):', '     def get(self, request):']),
      findings: [{ line: 10, message: /ExportView/ }],
    },
    {
      code: '',
      diff: diff('app/routes.py', ['-@router.delete("/items/{item_id}", dependencies=[Depends(require_admin)])', '+@router.delete("/items/{item_id}")', ' def delete_item(item_id: int, db: Session = Depends(get_db)):']),
      findings: [{ line: 10, message: /Depends\(require_admin\)/ }],
    },
    {
      code: '',
      diff: diff('app/routes.py', ['-def export(user: User = Depends(get_current_user), db: Session = Depends(get_db)):', '+def export(db: Session = Depends(get_db)):', '     return stream_rows(db)']),
      findings: [{ line: 10 }],
    },
    {
      code: '',
      diff: diff('api/views.py', [' class InvoiceViewSet(viewsets.ModelViewSet):', '-    permission_classes = [IsAuthenticated]', '+    permission_classes = [AllowAny]', '     serializer_class = InvoiceSerializer']),
      findings: [{ line: 11, message: /AllowAny/ }],
    },
    {
      code: '',
      diff: diff('src/routes/users.js', ["-router.delete('/users/:id', requireAuth, isAdmin, removeUser)", "+router.delete('/users/:id', removeUser)"]),
      findings: [{ line: 10, message: /DELETE \/users\/:id/ }],
    },
    {
      code: '',
      diff: diff('src/routes/reports.ts', ["-app.get('/reports/:id', passport.authenticate('jwt', { session: false }), async (req, res) => {", "+app.get('/reports/:id', async (req, res) => {", '   res.json(await loadReport(req.params.id))']),
      findings: [{ line: 10, message: /passport\.authenticate/ }],
    },
    {
      code: '',
      diff: diff('src/routes/orders.js', ["-router.post('/:id/cancel', jwt, async (ctx) => {", "+router.post('/:id/cancel', async (ctx) => {", '   await cancel(ctx.params.id)']),
      findings: [{ line: 10, message: /behind `jwt`/ }],
    },
    {
      code: '',
      diff: diff('src/users/users.controller.ts', ["   @Delete(':id')", '-  @UseGuards(JwtAuthGuard, RolesGuard)', "   remove(@Param('id') id: string) {"]),
      findings: [{ line: 11, message: /UseGuards/ }],
    },
  ],
})
