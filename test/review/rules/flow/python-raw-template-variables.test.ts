/**
 * A constant Jinja template that prints a variable unescaped (`{{ body | safe }}`, or under `{% autoescape false %}`)
 * renders request data handed to it under that name as markup; cleaned data, other variables and templates that
 * escape stay quiet.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const VIEW = { path: 'app/comments.py' }
const head = 'import bleach\nfrom flask import render_template_string, request\n\nPAGE = "<article>{{ body | safe }}</article><p>{{ author }}</p>"\n\n@bp.post("/c")\ndef c():\n'

testRule(registered('python/xss'), {
  valid: [
    { ...VIEW, code: head + '    return render_template_string(PAGE, body=bleach.clean(request.form["body"]), author=request.form["author"])' },
    { ...VIEW, code: head + '    return render_template_string("<article>{{ body }}</article>", body=request.form["body"])' },
    { ...VIEW, code: head + '    return render_template_string(PAGE, body="<b>welcome</b>", author=request.form["author"])' },
  ],
  invalid: [
    { ...VIEW, code: head + '    return render_template_string(PAGE, body=request.form["body"])', findings: [{ line: 8, message: /`\| safe`/ }] },
    { ...VIEW, code: head + '    body = request.form.get("body", "")\n    return render_template_string("{% autoescape false %}<div>{{ body }}</div>{% endautoescape %}", body=body)', findings: [{ line: 9, message: /autoescaping turned off/ }] },
  ],
})
