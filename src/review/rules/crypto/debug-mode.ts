// Flags debug mode switched on in production code and config: Flask `app.run(debug=True)`, Django
// `DEBUG = True` (or an environment read that defaults to on) in settings/production config, `FLASK_DEBUG=1`, and `NODE_ENV=development` in a
// production Dockerfile. Known false positives: a settings.py only ever used locally; test/dev-named files are skipped.
import type { DiffLine, LineContext, LineRule } from '../../types'
import { baseName, codeOf, stripComment } from '../../source'
import { enclosingClass, inDevConfigClass, inDevOnlyBlock } from './util'

const PREFILTER = /True|ENV|DEBUG|FLASK_ENV/
const APP_RUN = /\.run\s*\([^)]*\b(?:debug|use_debugger)\s*=\s*True\b/
/** Django configured by hand (`settings.configure(DEBUG=True)`), as standalone scripts and single-file apps do. */
const SETTINGS_CONFIGURE = /\bsettings\.configure\s*\([^)]*\bDEBUG\s*=\s*True\b/
const DJANGO_DEBUG = /^\s*(?:TEMPLATE_)?DEBUG\s*(?::\s*bool\s*)?=\s*True\b/
/**
 * `DEBUG = env.bool("DJANGO_DEBUG", default=True)`, `os.environ.get("DEBUG", "true").lower() == "true"`:
 * read from the environment, but on wherever the variable is not set (a new server, a forgotten secret).
 * Groups: the default, then an optional comparison's literal.
 */
const DEBUG_DEFAULT_ON = /^\s*(?:TEMPLATE_)?DEBUG\s*(?::\s*bool\s*)?=\s*(?:(?:bool|int)\(\s*){0,2}(?:[\w.]*\.)?(?:env(?:\.bool)?|config|getenv|get|get_env|env_bool)\(\s*["'][\w-]+["']\s*,\s*(?:default\s*=\s*)?(True|1|["'](?:1|true|True|TRUE|yes|on)["']|False|0|["'][^"']*["'])\s*(?:,[^)]*)?\)\s*\)?\s*\)?\s*(?:\.lower\(\)\s*)?(?:(?:==|in)\s*([([]?\s*["'][^"']*["'](?:\s*,\s*["'][^"']*["'])*))?/
const TRUTHY = /^(True|1|["'](?:1|true|True|TRUE|yes|on)["'])$/
/**
 * Debug on unless the environment says production: `DEBUG = not os.environ.get("PRODUCTION")`,
 * `DEBUG = "PRODUCTION" not in os.environ`, `DEBUG = os.getenv("ENV") != "production"`. A server
 * started without the variable shows tracebacks.
 */
const DEBUG_UNLESS_PRODUCTION =
  /^\s*DEBUG\s*(?::\s*bool\s*)?=\s*(?:not\s+(?:bool\(\s*)?os\.(?:environ\.get|getenv)\(\s*["']\w+["']\s*\)|["']\w+["']\s+not\s+in\s+os\.environ\b|os\.(?:environ\.get|getenv)\(\s*["']\w+["']\s*(?:,\s*["'](?!prod)[^"']*["']\s*)?\)\s*!=\s*["']prod(?:uction)?["'])/

/**
 * A pydantic settings field that defaults to on (`debug: bool = True` in a `BaseSettings` class):
 * FastAPI and Starlette apps pass it to `FastAPI(debug=settings.debug)`, so every deployment
 * without a `DEBUG` variable serves tracebacks.
 */
const SETTINGS_FIELD_DEBUG = /^\s+debug\s*:\s*bool\s*=\s*(?:Field\(\s*(?:default\s*=\s*)?)?True\b/
const BASE_SETTINGS_CLASS = /^\s*class\s+\w+\s*\([^)]*\bBaseSettings\b/
/** The process switching its own framework to debug: `os.environ.setdefault("FLASK_DEBUG", "1")`, `os.environ["DJANGO_DEBUG"] = "true"`. */
const ENVIRON_DEBUG = /\bos\.environ(?:\.setdefault\(\s*|\[\s*)["'](FLASK_DEBUG|DJANGO_DEBUG|FLASK_ENV)["']\s*(?:,|\]\s*=)\s*["'](?:1|true|True|on|development)["']/

/**
 * `DEBUG=True,` on a line of its own: a keyword argument of a call written over several lines
 * (`app.config.from_mapping(`, `app.config.update(`, `settings.configure(`). The call's first line
 * is often outside the hunk, so the line is judged alone; an opener in view that names a
 * development or test setup (`override_settings(`, `DEV_CONFIG = dict(`) clears it.
 */
const KWARG_DEBUG = /^\s+DEBUG\s*=\s*True\s*,/
const DEV_OPENER = /dev(?!ice)|local|test|override_settings/i

/** The lines the argument line sits in (each nearest line above at a smaller indent, outwards), then the hunk's heading. */
function openers(ctx: LineContext): string[] {
  let indent = /^\s*/.exec(ctx.line.text)![0].length
  const out: string[] = []
  const lines = ctx.before(60)
  for (let i = lines.length - 1; i >= 0 && indent > 0; i--) {
    const t = lines[i]!.text
    if (t.trim() === '' || /^\s*#/.test(t)) continue
    const own = /^\s*/.exec(t)![0].length
    if (own >= indent) continue
    out.push(t)
    indent = own
  }
  if (ctx.hunk.section) out.push(ctx.hunk.section)
  return out
}

/** Whether a `DEBUG = <env read>` line is on when the variable is missing. */
function debugOnByDefault(code: string): boolean {
  const m = DEBUG_DEFAULT_ON.exec(code)
  if (!m) return false
  const fallback = m[1]!
  const compared = m[2]
  if (compared === undefined) return TRUTHY.test(fallback)
  // `== "true"` compares with one literal, `in ("1", "true", "yes")` with any of a tuple's.
  const wanted = fallback.replace(/["']/g, '').toLowerCase()
  return [...compared.matchAll(/["']([^"']*)["']/g)].some((literal) => literal[1]!.toLowerCase() === wanted)
}

/** Settings modules: `settings.py`, `settings/production.py`, and the flat variants `settings_prod.py`, `prod_settings.py`. */
const SETTINGS_PATH = /(?:^|\/)(?:[A-Za-z0-9]+[_-])?settings(?:[_-][A-Za-z0-9]+)?\.py$|(?:^|\/)(?:production|prod|config)\.py$|(?:^|\/)settings\/[^/]+\.py$|(?:^|\/)config\/(?:settings|production|prod)[^/]*\.py$/
/** Flask's environment switched to development in a config class or module: the debugger and reloader come on. */
const FLASK_ENV_SETTING = /^\s*(?:FLASK_ENV|ENV)\s*(?::\s*str\s*)?=\s*["']development["']|^\s*FLASK_DEBUG\s*=\s*(?:True|["'](?:1|true)["'])/
const FLASK_ENV = /\b(FLASK_DEBUG\s*[=:]\s*["']?(?:1|true|True)\b|FLASK_ENV\s*[=:]\s*["']?development\b|DJANGO_DEBUG\s*[=:]\s*["']?(?:1|true|True)\b)/
const DOCKER_FLASK_ENV = /^\s*ENV\s+(?:.*\s)?(FLASK_DEBUG(?:=|\s+)["']?(?:1|true)|FLASK_ENV(?:=|\s+)["']?development|DJANGO_DEBUG(?:=|\s+)["']?(?:1|true|True))\b/i
const NODE_ENV_DEV = /^\s*ENV\s+(?:.*\s)?(NODE_ENV(?:=|\s+)["']?development)\b/
const FROM = /^\s*FROM\s+\S+(?:\s+AS\s+(\S+))?/i
const BUILD_STAGE = /^(?:build|builder|deps|dev|development|test|tests|base|compile|install)/i
/** Production-shaped env and deploy files (`.env.production`, `docker-compose.prod.yml`, k8s manifests); a plain compose file is usually local. */
const PROD_CONFIG = /(?:^|[/._-])(?:prod|production|live|release)(?:[/._-]|$)|(?:^|\/)(?:k8s|kubernetes|helm|deploy|deployment|manifests|charts)\/|(?:^|\/)(?:app|fly|render|railway)\.(?:ya?ml|toml)$/i

export const debugMode: LineRule = {
  kind: 'line',
  meta: {
    id: 'crypto/debug-mode',
    title: 'Debug mode enabled in production config',
    severity: 'major',
    category: 'security',
    pack: 'crypto',
    tier: 'recommended',
    languages: ['python', 'dockerfile', 'dotenv', 'yaml', 'toml'],
    description:
      "Debug mode leaks stack traces, settings and source to anyone who triggers an error; Flask's Werkzeug debugger even offers an interactive console, which is remote code execution if reachable. Development builds of Node apps also skip optimisations and safety checks.",
    examples: {
      bad: "if __name__ == '__main__':\n    app.run(host='0.0.0.0', debug=True)\n",
      good: "if __name__ == '__main__':\n    app.run(host='0.0.0.0', debug=os.environ.get('FLASK_DEBUG') == '1')\n",
    },
  },
  check(ctx) {
    const text = ctx.line.text
    if (!PREFILTER.test(text)) return undefined
    const file = ctx.file
    const path = file.path
    if (ctx.source.isDevOrTest) return undefined
    const at = ctx.line.newLine
    switch (file.language) {
      case 'python': {
        const code = codeOf(text, 'python')
        // `DEBUG = os.getenv("DEBUG", "1") == "1"` is on by default without the word True.
        if (!text.includes('True') && !text.includes('DEBUG') && !text.includes('development')) return undefined
        if (SETTINGS_CONFIGURE.test(code)) {
          return {
            line: at,
            message: '`settings.configure(DEBUG=True)` runs Django in debug mode: error pages show tracebacks, settings and SQL to visitors.',
            suggestion: "Read it from the environment: `settings.configure(DEBUG=os.environ.get('DJANGO_DEBUG') == '1', …)`.",
          }
        }
        if (APP_RUN.test(code)) {
          return {
            line: at,
            message: '`app.run(debug=True)` enables the Werkzeug debugger, whose in-browser console runs arbitrary Python for anyone who can reach it.',
            suggestion: "Read it from the environment: `app.run(debug=os.environ.get('FLASK_DEBUG') == '1')`, and serve production with gunicorn/uwsgi.",
          }
        }
        // The default and the compared value are string literals, which `codeOf` blanks out.
        if (debugOnByDefault(stripComment(text, 'python')) && SETTINGS_PATH.test(path) && !inDevConfigClass(ctx)) {
          return {
            line: at,
            message: `\`DEBUG\` in \`${baseName(path)}\` is read from the environment but defaults to on: any deployment without the variable shows tracebacks, settings and SQL to visitors.`,
            suggestion: 'Default to off: `DEBUG = env.bool("DJANGO_DEBUG", default=False)` (or `os.environ.get("DJANGO_DEBUG") == "1"`).',
          }
        }
        if (FLASK_ENV_SETTING.test(stripComment(text, 'python')) && SETTINGS_PATH.test(path) && !inDevConfigClass(ctx)) {
          return {
            line: at,
            message: `\`${stripComment(text, 'python').trim()}\` in \`${baseName(path)}\` runs Flask in development mode: the interactive debugger and tracebacks for every error.`,
            suggestion: 'Leave the environment to deployment (`FLASK_DEBUG=1` only in local shells); keep production config classes free of it.',
          }
        }
        if (DEBUG_UNLESS_PRODUCTION.test(stripComment(text, 'python')) && SETTINGS_PATH.test(path) && !inDevConfigClass(ctx)) {
          return {
            line: at,
            message: `\`DEBUG\` in \`${baseName(path)}\` is on unless the environment says production: any deployment without the variable shows tracebacks, settings and SQL to visitors.`,
            suggestion: 'Switch it on explicitly instead: `DEBUG = os.environ.get("DJANGO_DEBUG") == "1"`.',
          }
        }
        if (SETTINGS_FIELD_DEBUG.test(code) && enclosingClass(ctx, BASE_SETTINGS_CLASS) && !inDevConfigClass(ctx)) {
          return {
            line: at,
            message: `\`debug\` defaults to on in the settings class: any deployment without a \`DEBUG\` variable shows tracebacks to visitors.`,
            suggestion: 'Default to off (`debug: bool = False`) and switch it on in local environments only.',
          }
        }
        const environ = ENVIRON_DEBUG.exec(stripComment(text, 'python'))
        if (environ) {
          return {
            line: at,
            message: `The code sets \`${environ[1]}\` itself, so the framework runs in debug mode wherever this runs: tracebacks (and Werkzeug's interactive console) for visitors.`,
            suggestion: 'Leave debug switches to the environment of local shells; never set them from application code.',
          }
        }
        if (KWARG_DEBUG.test(code) && !inDevConfigClass(ctx) && !inDevOnlyBlock(ctx) && !openers(ctx).some((t) => DEV_OPENER.test(stripComment(t, 'python')))) {
          return {
            line: at,
            message: '`DEBUG=True` in this configuration call runs the app in debug mode: error pages show tracebacks (Flask adds its interactive debugger) to visitors.',
            suggestion: "Read it from the environment: `DEBUG=os.environ.get('FLASK_DEBUG') == '1'`, off by default.",
          }
        }
        if (DJANGO_DEBUG.test(code) && SETTINGS_PATH.test(path) && !inDevConfigClass(ctx)) {
          return {
            line: at,
            message: `\`DEBUG = True\` in \`${baseName(path)}\` shows full tracebacks, settings and SQL to visitors when an error occurs.`,
            suggestion: "Default to off and enable per environment: `DEBUG = os.environ.get('DJANGO_DEBUG') == '1'`.",
          }
        }
        return undefined
      }
      case 'dockerfile': {
        if (!text.includes('ENV')) return undefined
        const code = stripComment(text, 'dockerfile')
        const flask = DOCKER_FLASK_ENV.exec(code)
        const node = flask ? undefined : NODE_ENV_DEV.exec(code)
        if (!flask && !node) return undefined
        if (inBuildStage(ctx.before(200))) return undefined
        if (node) {
          if (ctx.after(200).some((l) => /NODE_ENV(?:=|\s+)["']?production/.test(l.text))) return undefined
          return {
            line: at,
            message: '`NODE_ENV=development` in the image: frameworks serve verbose errors, skip caching and optimisations, and dev-only code paths stay on.',
            suggestion: 'Set `ENV NODE_ENV=production` in the final stage (use a separate build stage for dev dependencies).',
            severity: 'minor',
          }
        }
        return {
          line: at,
          message: `\`${flask![1]}\` bakes debug mode into the image, exposing tracebacks (and with Flask, the interactive debugger).`,
          suggestion: 'Remove it from the Dockerfile and enable debugging only in local runs (e.g. `docker run -e FLASK_DEBUG=1`).',
        }
      }
      default: {
        // .env, compose, k8s and platform config: only production-shaped files.
        if (!text.includes('DEBUG') && !text.includes('FLASK_ENV')) return undefined
        if (!PROD_CONFIG.test(path)) return undefined
        const m = FLASK_ENV.exec(stripComment(text, file.language))
        if (!m) return undefined
        return {
          line: at,
          message: `\`${m[1]}\` in \`${baseName(path)}\` runs the app in debug mode, exposing tracebacks (and with Flask, the interactive debugger).`,
          suggestion: 'Remove it from production configuration; set it only in local development environments.',
        }
      }
    }
  },
}

/** Whether the nearest `FROM` above names a build/dev stage rather than the final image. */
function inBuildStage(before: DiffLine[]): boolean {
  for (let i = before.length - 1; i >= 0; i--) {
    const m = FROM.exec(before[i]!.text)
    if (m) return m[1] !== undefined && BUILD_STAGE.test(m[1])
  }
  return false
}
