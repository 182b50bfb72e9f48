/**
 * Error detail sent to the client (CWE-209): tracebacks and catch-all exception text in Python
 * responses, a JS error's stack or the whole error object in a response; with the look-alikes
 * (the trace logged, exceptions raised for the client, `err.message`, debug-only branches).
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const PY = { path: 'app/views.py' }
const JS = { path: 'src/routes/files.js' }

testRule(registered('python/error-exposure'), {
  valid: [
    // An exception the code raises for the client, caught by its own type.
    { ...PY, code: 'from flask import jsonify\n\ndef create():\n    try:\n        job = start()\n    except ImportRejected as exc:\n        return jsonify({"error": str(exc)}), 422\n    return jsonify({"id": job.id})' },
    // The trace logged, a generic answer.
    { ...PY, code: 'import traceback\nfrom flask import jsonify\n\ndef create():\n    try:\n        job = start()\n    except Exception:\n        details = traceback.format_exc()\n        log.error("failed: %s", details)\n        return jsonify({"error": "internal error"}), 500\n    return jsonify({"id": job.id})' },
    // Answered inside a debug check, even inside the response call.
    { ...PY, code: 'import traceback\nfrom flask import current_app, jsonify\n\ndef create():\n    try:\n        job = start()\n    except Exception as exc:\n        if current_app.debug:\n            return jsonify({"error": str(exc), "trace": traceback.format_exc()}), 500\n        return jsonify({"error": "failed"}), 500\n    return jsonify({"id": job.id})' },
    // Tornado's own switch for serving tracebacks; a handler typed for one exception class; a plain class's write.
    { ...PY, code: 'import traceback\nimport tornado.web\n\nclass H(tornado.web.RequestHandler):\n    def write_error(self, status_code, **kwargs):\n        if self.settings.get("serve_traceback") and "exc_info" in kwargs:\n            self.finish({"trace": traceback.format_exception(*kwargs["exc_info"])})\n            return\n        self.finish({"error": status_code})' },
    { ...PY, code: 'from starlette.responses import JSONResponse\n\nasync def on_missing(request, exc: KeyError):\n    return JSONResponse({"error": repr(exc)}, status_code=404)' },
    { ...PY, code: 'import traceback\n\nclass Report:\n    def add(self):\n        try:\n            run()\n        except Exception:\n            self.write({"trace": traceback.format_exc()})' },
    // A view returning a helper's result, and a trace returned by a function that is no view.
    { ...PY, code: 'import traceback\nfrom flask import Flask\napp = Flask(__name__)\n\n@app.route("/ok")\ndef ok():\n    try:\n        compute()\n    except Exception:\n        return render_error_page()' },
    { ...PY, code: 'import traceback\n\ndef describe_failure():\n    try:\n        compute()\n    except Exception:\n        return traceback.format_exc()' },
    // The trace printed to the process's own stderr; a script's output.
    { ...PY, code: 'import traceback\n\ndef create(request):\n    try:\n        return start()\n    except Exception:\n        traceback.print_exc()\n        raise' },
    { path: 'scripts/reindex.py', code: 'import traceback\nfrom flask import jsonify\n\ndef main():\n    try:\n        run()\n    except Exception:\n        return jsonify({"trace": traceback.format_exc()})' },
  ],
  invalid: [
    // A catch-all's text: whatever failed (SQL, hosts, paths).
    { ...PY, code: 'from fastapi.responses import JSONResponse\n\nasync def delete(key: str):\n    try:\n        await bucket.delete(key)\n    except Exception as err:\n        return JSONResponse({"error": str(err)}, status_code=500)\n    return {"deleted": key}', findings: [{ line: 7, message: /catch-all/ }] },
    { ...PY, code: 'from flask import make_response\n\ndef cancel(job_id):\n    try:\n        jobs.cancel(job_id)\n    except Exception as exc:\n        return make_response(f"could not cancel: {exc}", 500)\n    return "", 204', findings: [{ line: 7 }] },
    // Through local names: the trace, then the body holding it.
    { ...PY, code: 'import traceback\nfrom flask import jsonify\n\ndef read_log(job_id):\n    try:\n        lines = load(job_id)\n    except Exception:\n        stack = traceback.format_exc()\n        body = {"error": "unavailable", "debug": stack}\n        return jsonify(body), 500\n    return jsonify(lines)', findings: [{ line: 10, message: /format_exc/ }] },
    // Tornado answers with `self.write`; a trace joined from `format_exception`; a handler registered for every exception.
    { ...PY, code: 'import traceback\nimport tornado.web\n\nclass H(tornado.web.RequestHandler):\n    def post(self):\n        try:\n            place()\n        except Exception:\n            self.write({"trace": traceback.format_exc()})', findings: [{ line: 9 }] },
    { ...PY, code: 'import sys, traceback\nfrom aiohttp import web\n\nasync def upload(request):\n    try:\n        await store(request)\n    except Exception:\n        lines = traceback.format_exception(*sys.exc_info())\n        return web.Response(text="".join(lines), status=500)', findings: [{ line: 9 }] },
    { ...PY, code: 'from starlette.responses import JSONResponse\n\nasync def on_server_error(request, exc: Exception):\n    return JSONResponse({"error": repr(exc)}, status_code=500)', findings: [{ line: 4 }] },
    // A Flask view returning the trace itself: its return value is the response body.
    { ...PY, code: 'import traceback\nfrom flask import Flask\napp = Flask(__name__)\n\n@app.route("/bad")\ndef server_bad():\n    try:\n        compute()\n    except Exception:\n        return traceback.format_exc()', findings: [{ line: 10, message: /format_exc/ }] },
    // Django's HttpResponse is a file: the trace is written into it.
    { ...PY, code: 'import traceback\nfrom django.http import HttpResponse\n\ndef pdf(request):\n    try:\n        return HttpResponse(render())\n    except Exception:\n        response = HttpResponse(status=500)\n        traceback.print_exc(file=response)\n        return response', findings: [{ line: 9 }] },
  ],
})

testRule(registered('js/error-exposure'), {
  valid: [
    { ...JS, code: "router.post('/u', async (req, res) => {\n  try {\n    res.json(await save(req.body))\n  } catch (err) {\n    res.status(500).json({ error: err.message })\n  }\n})" },
    { ...JS, code: "router.post('/u', (req, res) => {\n  save(req.body).then((r) => res.json(r)).catch((error) => {\n    console.error(error)\n    res.status(500).send('failed')\n  })\n})" },
    { path: 'src/worker.ts', code: "app.onError((err, c) => {\n  if (c.env.ENVIRONMENT === 'development') {\n    return c.json({ error: err.message, stack: err.stack }, 500)\n  }\n  return c.json({ error: 'Internal Server Error' }, 500)\n})" },
    { ...JS, code: "app.get('/i/:id', async (req, res) => {\n  try {\n    res.json(await load(req.params.id))\n  } catch (err) {\n    res.status(500).json({ error: err.toString() })\n  }\n})" },
    { path: 'scripts/seed.js', code: "seed().catch((err) => {\n  process.stderr.write(`${err.stack}\\n`)\n  process.exit(1)\n})" },
    // Restify: the status first, then a body naming no internals.
    { ...JS, code: "server.post('/w/:id', (req, res, next) => {\n  work(req.params.id, (err) => {\n    if (err) {\n      res.send(500, { error: 'failed', stack: null })\n      return next(false)\n    }\n    res.send(204)\n    return next()\n  })\n})" },
  ],
  invalid: [
    // Restify's `res.send(status, body)`: the body is the second argument.
    { ...JS, code: "server.post('/w/:id', (req, res, next) => {\n  work(req.params.id, (err) => {\n    if (err) {\n      res.send(500, { error: err.message, stack: err.stack })\n      return next(false)\n    }\n    res.send(204)\n    return next()\n  })\n})", findings: [{ line: 4, message: /err\.stack/ }] },
    // The whole error object: message, stack and whatever fields a library put on it.
    { ...JS, code: "router.post('/u', (req, res) => {\n  save(req.body).then((r) => res.json(r)).catch((error) => res.status(500).send(error))\n})", findings: [{ line: 2, message: /error object/ }] },
    { path: 'src/worker.ts', code: "app.get('/t/:k', async (c) => {\n  try {\n    return c.body(await thumb(c.req.param('k')))\n  } catch (err) {\n    return c.text(`failed\\n${(err as Error).stack}`, 500)\n  }\n})", findings: [{ line: 5 }] },
    { ...JS, code: "app.get('/i/:id.pdf', async (req, res) => {\n  try {\n    res.send(await pdf(req.params.id))\n  } catch (err) {\n    res.status(500).send(`<pre>${util.inspect(err)}</pre>`)\n  }\n})", findings: [{ line: 5 }] },
    { path: 'src/webhook.ts', code: "export async function handle(request: Request): Promise<Response> {\n  try {\n    return await apply(await request.json())\n  } catch (err: unknown) {\n    const e = err as Error\n    return new Response(JSON.stringify({ error: e.name, stack: e.stack }), { status: 500 })\n  }\n}", findings: [{ line: 6 }] },
  ],
})

// serialize-error keeps the stack as a field, and Youch renders it with the source around each frame: both reach the
// client when sent; a Youch page shown only in development, or the error only logged, does not.
testRule(registered('js/error-exposure'), {
  valid: [
    { ...JS, code: "const { serializeError } = require('serialize-error')\napp.use((err, req, res, next) => {\n  logger.error(serializeError(err))\n  res.status(500).json({ error: 'internal' })\n})" },
    { ...JS, code: "const Youch = require('youch')\napp.use(async (err, req, res, next) => {\n  if (process.env.NODE_ENV !== 'development') return next(err)\n  const html = await new Youch(err, req).toHTML()\n  res.status(500).send(html)\n})" },
    // a handler registered only in a development branch runs only there
    { ...JS, code: "const Youch = require('youch')\nif (isDev) {\n  app.use(async (err, req, res, next) => {\n    const youch = new Youch(err, req)\n    res.status(500).type('html').send(await youch.toHTML())\n  })\n}" },
  ],
  invalid: [
    { ...JS, code: "const { serializeError } = require('serialize-error')\napp.use((err, req, res, next) => {\n  res.status(500).json(serializeError(err))\n})", findings: [{ line: 3 }] },
    { ...JS, code: "const Youch = require('youch')\napp.use(async (err, req, res, next) => {\n  const youch = new Youch(err, req)\n  const html = await youch.toHTML()\n  res.status(500).type('html').send(html)\n})", findings: [{ line: 5 }] },
    { ...JS, code: "const Youch = require('youch')\napp.use(async (err, req, res, next) => {\n  res.status(500).send(await new Youch(err, req).toHTML())\n})", findings: [{ line: 3 }] },
  ],
})

// A GraphQL server's error formatter returns what the client sees; `process.env` answered whole is every secret of the deployment.
testRule(registered('js/error-exposure'), {
  valid: [
    { ...JS, code: "const server = new ApolloServer({ typeDefs, resolvers, formatError: (formatted, error) => ({ message: formatted.message, code: formatted.extensions?.code }) })" },
    { ...JS, code: "app.use('/graphql', graphqlHTTP({\n  schema,\n  customFormatErrorFn: (error) => ({\n    message: error.message,\n    stack: process.env.NODE_ENV === 'development' ? error.stack : undefined,\n  }),\n}))" },
    { ...JS, code: "function formatError(error) {\n  logger.error(error.stack)\n  return { message: 'Internal error' }\n}" },
    { ...JS, code: "app.get('/config.json', (req, res) => {\n  res.json({ env: process.env.NODE_ENV, region: process.env.AWS_REGION })\n})" },
  ],
  invalid: [
    { ...JS, code: "app.use('/graphql', graphqlHTTP({\n  schema,\n  customFormatErrorFn: function (error) {\n    return {\n      message: error.message,\n      stack: error.originalError ? error.originalError.stack : error.stack,\n    }\n  },\n}))", findings: [{ line: 4 }] },
    { ...JS, code: "const server = new ApolloServer({\n  typeDefs,\n  formatError: (formatted, error) => ({ ...formatted, stacktrace: error.stack?.split('\\n') }),\n})", findings: [{ line: 3 }] },
    { ...JS, code: "app.get('/debug/config', (req, res) => {\n  res.json({ env: process.env, uptime: process.uptime() })\n})", findings: [{ line: 2, message: /process\.env/ }] },
    { ...JS, code: "app.get('/_env', (req, res) => res.send(process.env))", findings: [{ line: 1 }] },
  ],
})

// A GraphQL server's error formatter returns what the response's `errors` show, and a helper of the file that puts its
// error parameter's stack into what it returns (a problem+json builder) carries the stack to the response that sends it;
// a formatter that keeps the stack for development, and a helper that leaves it out, stay quiet.
testRule(registered('js/error-exposure'), {
  valid: [
    { path: 'src/server.ts', code: "import { graphqlHTTP } from 'express-graphql'\napp.use('/graphql', graphqlHTTP({\n  schema,\n  customFormatErrorFn: (error) => ({ message: error.message, locations: error.locations, path: error.path }),\n}))" },
    { path: 'src/server.ts', code: "import { ApolloServer } from '@apollo/server'\nconst server = new ApolloServer({\n  typeDefs,\n  formatError: (formatted, error) => (process.env.NODE_ENV === 'production' ? { message: formatted.message } : { ...formatted, stack: (error as Error).stack }),\n})" },
    // a serializer's result kept in a local first is not followed into the helper
    { path: 'src/middleware/json-error.ts', code: "function reduceError(e: any) {\n  return { name: e?.name, message: e?.message, stack: e?.stack }\n}\nexport const jsonError = async (request, next) => {\n  try {\n    return await next(request)\n  } catch (e) {\n    const error = reduceError(e)\n    return new Response(JSON.stringify(error), { status: 500 })\n  }\n}" },
    { path: 'src/http/errors.ts', code: "function toProblem(err: Error, status: number) {\n  return { type: 'about:blank', title: status >= 500 ? 'Internal Server Error' : err.message, status }\n}\nexport const onError = (err, req, res, next) => {\n  res.status(500).type('application/problem+json').send(JSON.stringify(toProblem(err, 500)))\n}" },
  ],
  invalid: [
    { path: 'src/server.ts', code: "import { graphqlHTTP } from 'express-graphql'\napp.use('/graphql', graphqlHTTP({\n  schema,\n  customFormatErrorFn: (error) => ({\n    message: error.message,\n    stack: error.stack ? error.stack.split('\\n') : [],\n  }),\n}))", findings: [{ line: 4 }] },
    { path: 'src/server.ts', code: "const server = new ApolloServer({\n  typeDefs,\n  formatError(formatted, error) {\n    return { ...formatted, stack: (error as Error).stack }\n  },\n})", findings: [{ line: 4 }] },
    { path: 'src/http/errors.ts', code: "function toProblem(err: Error, status: number) {\n  return { type: 'about:blank', title: 'Internal Server Error', status, detail: err.stack }\n}\nexport const onError = (err, req, res, next) => {\n  res.status(500).type('application/problem+json').send(JSON.stringify(toProblem(err, 500)))\n}", findings: [{ line: 5 }] },
  ],
})
