import { pythonBlockingHttp } from '../../../../src/review/rules/async/python-blocking-http'
import { testRule } from '../../rule-tester'

testRule(pythonBlockingHttp, {
  valid: [
    'def fetch(url):\n    return requests.get(url, timeout=5).json()',
    'async def fetch(url):\n    async with httpx.AsyncClient() as client:\n        r = await client.get(url)',
    'async def fetch(url):\n    return await asyncio.to_thread(requests.get, url, timeout=5)',
    'async def fetch(url):\n    loop = asyncio.get_running_loop()\n    return await loop.run_in_executor(None, lambda: requests.get(url))',
    'async def fetch(url):\n    async with aiohttp.ClientSession() as s:\n        async with s.get(url) as r:\n            return await r.json()',
    'async def fetch():\n    # requests.get(url) used to live here\n    return None',
    'async def handler(request):\n    data = await request.json()\n    return data',
    'async def fetch(url):\n    """Unlike requests.get(url), this does not block."""',
  ],
  invalid: [
    {
      code: 'import requests\n\n@app.get("/weather")\nasync def weather(city: str):\n    return requests.get(f"{API}/weather", params={"q": city}).json()',
      findings: [{ line: 5, message: /`requests\.get\(\.\.\.\)` is synchronous: inside `async def weather`/, severity: 'major', suggestion: /httpx\.AsyncClient/ }],
    },
    {
      code: 'async def hook(payload):\n    resp = requests.post(WEBHOOK, json=payload, timeout=10)\n    resp.raise_for_status()',
      findings: [{ line: 2, message: /requests\.post/ }],
    },
    {
      code: 'async def download(url):\n    with urllib.request.urlopen(url) as r:\n        return r.read()',
      findings: [{ line: 2, message: /urllib\.request\.urlopen/ }],
    },
    {
      code: 'async def ping():\n    r = httpx.get("https://example.com/health")\n    return r.status_code',
      findings: [{ line: 2, suggestion: /AsyncClient/ }],
    },
    {
      code: 'async def crawl(urls):\n    with httpx.Client() as client:\n        for u in urls:\n            client.get(u)',
      findings: [{ line: 2, message: /httpx\.Client/ }],
    },
  ],
})

// The same call with a fixed URL is only the stall (reported as SSRF otherwise: test/review/same-flaw.test.ts).
testRule(pythonBlockingHttp, {
  valid: [],
  invalid: [{ code: 'import requests\nfrom flask import request\n\n@app.get("/proxy")\nasync def proxy():\n    return requests.get("https://status.example.com/api", params={"q": request.args["q"]}, timeout=5).text', path: 'app/proxy.py', findings: [{ line: 6 }] }],
})
