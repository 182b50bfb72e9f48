import { pythonPathTraversal } from '../../../../src/review/rules/injection/python-path-traversal'
import { testRule } from '../../rule-tester'

testRule(pythonPathTraversal, {
  valid: [
    'return send_from_directory(UPLOAD_DIR, request.args["name"])',
    'name = secure_filename(request.args["name"])\nreturn send_file(os.path.join(UPLOAD_DIR, name))',
    'f.save(os.path.join(UPLOAD_DIR, secure_filename(f.filename)))',
    'with open(os.path.join(BASE_DIR, "config.yml")) as fh:\n    cfg = yaml.safe_load(fh)',
    'def load(name):\n    with open(os.path.join(DATA, name)) as fh:\n        return fh.read()',
    'full = os.path.realpath(os.path.join(BASE, request.args["f"]))\nif not full.startswith(BASE + os.sep):\n    abort(403)',
    '@app.get("/items/{item_id}")\nasync def read(item_id: int):\n    return FileResponse(os.path.join(BASE, f"{item_id}.json"))',
    '# open(request.args["path"])',
    { code: 'data = open(request.args["p"]).read()', path: 'tests/test_files.py' },
  ],
  invalid: [
    {
      code: '@app.get("/download")\ndef download():\n    return send_file(os.path.join(UPLOAD_DIR, request.args["name"]))',
      findings: [{ line: 3, message: /request data \(`request\.args\["name"\]`\)/, severity: 'critical', suggestion: /send_from_directory/ }],
    },
    {
      code: 'path = request.args.get("path")\nwith open(path) as fh:\n    return fh.read()',
      findings: [{ line: 2, message: /`path` \(from `request\.args\.get\("path"\)`\)/, severity: 'critical' }],
    },
    {
      code: '@app.post("/upload")\ndef upload():\n    f = request.files["file"]\n    f.save(os.path.join(UPLOAD_DIR, f.filename))',
      findings: [{ line: 4, message: /upload name `f\.filename`/ }],
    },
    {
      code: '@router.get("/files/{name}")\nasync def get_file(\n    name: str,\n    db: Session = Depends(get_db),\n):\n    return FileResponse(os.path.join(FILES_DIR, name))',
      findings: [{ line: 6, message: /the route parameter `name`/, severity: 'major', suggestion: /is_relative_to/ }],
    },
    {
      code: '@app.get("/logs")\nasync def logs(file: str):\n    if file:\n        with open(f"/var/log/app/{file}") as fh:\n            return fh.read()',
      findings: [{ line: 4, message: /route parameter `file`/ }],
    },
    {
      // reported where the path is built, not again where it is used
      code: 'def view(request):\n    target = Path(settings.MEDIA_ROOT) / request.GET["f"]\n    return FileResponse(open(target, "rb"))',
      findings: [{ line: 2, message: /request\.GET\["f"\]/ }],
    },
  ],
})
