/**
 * Error details answered to the client: a Python traceback or a catch-all's exception text put into
 * a view's response, and an error's stack (or the whole error) in a JS response; development error
 * output (the errorhandler middleware, GraphQL debug switches) stays debug-mode's.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const PY = { path: 'app/views.py' }

testRule(registered('python/error-exposure'), {
  valid: [
    // Logged, not answered.
    { ...PY, code: 'import traceback\n\n@app.errorhandler(Exception)\ndef on_error(exc):\n    logger.error("failed: %s", traceback.format_exc())\n    return {"error": "internal error"}, 500' },
    // Answered only in debug mode.
    { ...PY, code: 'import traceback\n\n@app.errorhandler(Exception)\ndef on_error(exc):\n    if app.debug:\n        return {"error": str(exc), "trace": traceback.format_exc()}, 500\n    return {"error": "internal error"}, 500' },
    // A helper that formats the traceback for a log record.
    { ...PY, code: 'import traceback\n\ndef describe_failure():\n    return traceback.format_exc()' },
    // Test code.
    { code: 'import traceback\n\ndef view():\n    return {"trace": traceback.format_exc()}', path: 'tests/test_views.py' },
  ],
  invalid: [
    { ...PY, code: 'import traceback\n\n@app.errorhandler(Exception)\ndef on_error(exc):\n    return {"error": str(exc), "trace": traceback.format_exc()}, 500', findings: [{ line: 5, message: /traceback\.format_exc\(\)/ }] },
    { ...PY, code: 'import traceback\nfrom fastapi import HTTPException\n\nasync def run_job(job_id: int):\n    try:\n        return await jobs.run(job_id)\n    except Exception:\n        raise HTTPException(status_code=500, detail=traceback.format_exc())', findings: [{ line: 8 }] },
    { ...PY, code: 'import traceback\nfrom django.http import JsonResponse\n\ndef export(request):\n    try:\n        return JsonResponse(build_export(request))\n    except Exception:\n        return JsonResponse({"error": traceback.format_exc()}, status=500)', findings: [{ line: 8 }] },
  ],
})

const ROUTE = { path: 'app/api/orders/route.ts' }
const GQL = { path: 'src/graphql/catalog.resolvers.ts' }

testRule(registered('js/debug-mode'), {
  valid: [
    // The errorhandler package under another name, mounted only in development; NestJS GraphQL debug tied to the environment.
    { path: 'src/server.ts', code: "import express from 'express'\nimport errorHandler from 'errorhandler'\nconst app = express()\nif (process.env.NODE_ENV === 'development') {\n  app.use(errorHandler())\n}\n" },
    { path: 'src/graphql.module.ts', code: "export const gql = GraphQLModule.forRoot<ApolloDriverConfig>({\n  driver: ApolloDriver,\n  debug: process.env.NODE_ENV !== 'production',\n})\n" },
    { path: 'src/server.js', code: "const app = express()\nif (process.env.NODE_ENV !== 'production') app.set('env', 'development')\napp.set('views', './views')" },
  ],
  invalid: [
    { path: 'src/server.ts', code: "import express from 'express'\nimport errorHandler from 'errorhandler'\nconst app = express()\napp.use(errorHandler({ log: true }))\n", findings: [{ line: 4, message: /errorhandler/ }] },
    // NestJS's GraphQL module with Apollo's debug on: reported on the option, inside the long call.
    { path: 'src/graphql.module.ts', code: "export const gql = GraphQLModule.forRoot<ApolloDriverConfig>({\n  driver: ApolloDriver,\n  autoSchemaFile: true,\n  debug: true,\n})\n", findings: [{ line: 4, message: /debug: true/ }] },
    { path: 'src/server.js', code: "const app = express()\napp.set('env', 'development')", findings: [{ line: 2, message: /development mode/ }] },
  ],
})

testRule(registered('js/error-exposure'), {
  valid: [
    { ...ROUTE, code: "import { NextResponse } from 'next/server'\nexport async function GET() {\n  try {\n    return NextResponse.json(await loadOrders())\n  } catch (e) {\n    console.error((e as Error).stack)\n    return NextResponse.json({ error: 'internal error' }, { status: 500 })\n  }\n}" },
    { ...ROUTE, code: "export async function GET() {\n  try {\n    return Response.json(await loadOrders())\n  } catch (e) {\n    const err = e as Error\n    return Response.json({ error: process.env.NODE_ENV === 'development' ? err.stack : 'internal error' }, { status: 500 })\n  }\n}" },
    // a GraphQL error keeps its originalError on the server; only the message and extensions are sent
    { ...GQL, code: "export const resolvers = {\n  Mutation: {\n    importProducts: async (_, args) => {\n      try {\n        return await runImport(args.url)\n      } catch (err) {\n        throw new GraphQLError('Import failed', { originalError: err as Error, extensions: { code: 'IMPORT_FAILED' } })\n      }\n    },\n  },\n}" },
  ],
  invalid: [
    // the stack in a GraphQL error's extensions, which the server serialises into the response's errors
    { ...GQL, code: "export const resolvers = {\n  Mutation: {\n    importProducts: async (_, args) => {\n      try {\n        return await runImport(args.url)\n      } catch (err) {\n        throw new GraphQLError('Import failed', { extensions: { code: 'IMPORT_FAILED', detail: (err as Error).stack } })\n      }\n    },\n  },\n}", findings: [{ line: 7, message: /err\.stack/ }] },
    { ...GQL, code: "export const resolvers = {\n  Query: {\n    report: async () => {\n      try {\n        return await buildReport()\n      } catch (e) {\n        throw new ApolloError('Report failed', 'REPORT_FAILED', { stack: e.stack })\n      }\n    },\n  },\n}", findings: [{ line: 7 }] },
    { ...ROUTE, code: "import { NextResponse } from 'next/server'\nexport async function GET() {\n  try {\n    return NextResponse.json(await loadOrders())\n  } catch (e) {\n    const err = e as Error\n    return NextResponse.json({ error: err.message, stack: err.stack }, { status: 500 })\n  }\n}", findings: [{ line: 7, message: /err\.stack/ }] },
    { ...ROUTE, code: "export async function POST(req: Request) {\n  try {\n    return Response.json(await save(await req.json()))\n  } catch (err) {\n    return new Response(err.stack, { status: 500 })\n  }\n}", findings: [{ line: 5 }] },
  ],
})
