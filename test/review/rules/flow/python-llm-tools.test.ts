/**
 * A function a language model calls as a tool takes arguments the model wrote, which a prompt can
 * steer: registered by decorator (`@tool`, `@function_tool`, `@mcp.tool()`), listed in a table of
 * tools (`TOOLS = {"fetch": fetch_url}`), or passed as `tools=[...]`. Its parameters are sources;
 * the same function that no model calls, a tool that checks what it is given, and a tool's
 * framework-filled or numeric parameters stay quiet.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

testRule(registered('python/ssrf'), {
  valid: [
    // Not a tool: an ordinary helper whose caller is not in view.
    { code: 'import httpx\n\ndef fetch_url(url: str) -> str:\n    return httpx.get(url, timeout=10).text', path: 'app/fetch.py' },
    // A tool that checks the host against a fixed list first.
    { code: 'from urllib.parse import urlparse\n\nimport httpx\nfrom langchain_core.tools import tool\n\nALLOWED = {"docs.example.com"}\n\n@tool\ndef fetch_doc(url: str) -> str:\n    """Fetch a documentation page."""\n    if urlparse(url).hostname not in ALLOWED:\n        return "host not allowed"\n    return httpx.get(url, timeout=10).text', path: 'app/agent/tools.py' },
    // A tool whose argument only picks a path under a fixed host.
    { code: 'import httpx\nfrom agents import function_tool\n\n@function_tool\ndef component_status(component: str) -> dict:\n    return httpx.get("https://status.example.com/api/components", params={"name": component}).json()', path: 'app/agent/tools.py' },
    // A table that is not of tools.
    { code: 'import requests\n\ndef ping(url):\n    return requests.get(url, timeout=3).ok\n\nHANDLERS = {"ping": ping}', path: 'app/health.py' },
  ],
  invalid: [
    {
      code: 'import httpx\nfrom langchain_core.tools import tool\n\n@tool\ndef fetch_page(url: str) -> str:\n    """Fetch a web page for the user."""\n    return httpx.get(url, timeout=10).text[:4000]',
      path: 'app/agent/tools.py',
      findings: [{ line: 7, message: /the model's tool argument `url`/ }],
    },
    {
      code: 'import requests\nfrom mcp.server.fastmcp import FastMCP\n\nmcp = FastMCP("web")\n\n@mcp.tool()\ndef download(link: str) -> str:\n    return requests.get(link, timeout=10).text',
      path: 'app/mcp_server.py',
      findings: [{ line: 8 }],
    },
    {
      code: 'import httpx\n\ndef tool_fetch_url(url: str) -> str:\n    return httpx.get(url, timeout=10).text\n\ndef tool_time() -> str:\n    return "now"\n\nTOOLS = {\n    "fetch_url": tool_fetch_url,\n    "time": tool_time,\n}',
      path: 'app/assistant/tools.py',
      findings: [{ line: 4 }],
    },
    {
      code: 'import requests\nfrom agents import Agent\n\ndef get_page(address: str) -> str:\n    return requests.get(address, timeout=5).text\n\nagent = Agent(name="browser", tools=[get_page])',
      path: 'app/agent.py',
      findings: [{ line: 5 }],
    },
  ],
})

testRule(registered('python/path-traversal'), {
  valid: [
    // The same read in a helper no model calls.
    { code: 'def read_log(filename: str) -> str:\n    with open(f"/var/log/acme/{filename}") as fh:\n        return fh.read()', path: 'app/logs.py' },
    // pydantic-ai's context parameter and a numeric argument are the framework's, not the model's words.
    { code: 'from pydantic_ai import Agent, RunContext\n\nagent = Agent("openai:gpt-4o")\n\n@agent.tool\ndef read_report(ctx: RunContext[Deps], year: int) -> str:\n    with open(f"/srv/reports/{year}.txt") as fh:\n        return fh.read()', path: 'app/agent.py' },
  ],
  invalid: [
    {
      code: 'from langchain_core.tools import tool\n\n@tool\ndef read_log(filename: str) -> str:\n    """Read a support log file."""\n    with open(f"/var/log/acme/{filename}") as fh:\n        return fh.read()[-4000:]',
      path: 'app/agent/tools.py',
      findings: [{ line: 6 }],
    },
  ],
})
