# corpus: path=live/calc_socket.py
import ast
import asyncio
import json
import logging
import operator

import websockets

log = logging.getLogger("calc")

BIN_OPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.Pow: operator.pow,
}


def evaluate(expr: str) -> float:
    def walk(node):
        if isinstance(node, ast.Expression):
            return walk(node.body)
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
            return node.value
        if isinstance(node, ast.BinOp) and type(node.op) in BIN_OPS:
            return BIN_OPS[type(node.op)](walk(node.left), walk(node.right))
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            return -walk(node.operand)
        raise ValueError("unsupported expression")

    return walk(ast.parse(expr, mode="eval"))


async def handle(ws):
    async for raw in ws:
        msg = json.loads(raw)  # ok: unsafe-deserialization
        kind = msg.get("type")
        try:
            if kind == "calc":
                result = evaluate(msg["expr"])  # ok: code-injection
            elif kind == "literal":
                result = ast.literal_eval(msg["expr"])  # ok: code-injection
            elif kind == "formula":
                scope = {"x": float(msg.get("x", 0))}
                result = eval(msg["expr"], {"__builtins__": {}}, scope)  # expect: code-injection
            elif kind == "disk":
                proc = await asyncio.create_subprocess_shell(  # expect: command-injection
                    f"df -h {msg['mount']}", stdout=asyncio.subprocess.PIPE
                )
                out, _ = await proc.communicate()
                result = out.decode()
            elif kind == "disk2":
                proc = await asyncio.create_subprocess_exec(  # ok: command-injection
                    "df", "-h", "--", msg["mount"], stdout=asyncio.subprocess.PIPE
                )
                out, _ = await proc.communicate()
                result = out.decode()
            else:
                result = None
        except Exception as exc:
            log.warning("calc failed: %s", exc)
            await ws.send(json.dumps({"error": "could not evaluate"}))
            continue
        await ws.send(json.dumps({"result": result}))


async def main():
    async with websockets.serve(handle, "0.0.0.0", 8765):
        await asyncio.Future()


if __name__ == "__main__":
    asyncio.run(main())
