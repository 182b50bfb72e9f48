# corpus: path=chat/app.py
import os

from openai import AsyncOpenAI
from quart import Quart, jsonify, request
from quart_cors import cors

app = Quart(__name__)
app = cors(app, allow_origin="*", allow_credentials=True)  # expect: permissive-cors
client = AsyncOpenAI(api_key=os.environ["OPENAI_API_KEY"])
RULES = "You are the Acme billing assistant. Never discuss other customers' accounts."


@app.post("/chat")
async def chat():
    data = await request.get_json()
    completion = await client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": RULES},
            {"role": "user", "content": data["message"]},  # ok: prompt-injection
        ],
    )
    return jsonify(reply=completion.choices[0].message.content)


@app.post("/chat/custom")
async def chat_custom():
    data = await request.get_json()
    persona = data.get("persona", "helpful")
    completion = await client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": RULES + f" Speak as a {persona} agent."},  # expect: prompt-injection
            {"role": "user", "content": data["message"]},
        ],
    )
    return jsonify(reply=completion.choices[0].message.content)


@app.post("/chat/agent")
async def chat_agent():
    data = await request.get_json()
    resp = await client.responses.create(
        model="gpt-4o-mini",
        instructions=data.get("instructions", RULES),  # expect: prompt-injection
        input=data["message"],
    )
    return jsonify(reply=resp.output_text)


@app.get("/session")
async def session_cookie():
    resp = jsonify(ok=True)
    resp.set_cookie("chat_session", os.urandom(16).hex(), httponly=True, samesite="Lax")  # expect: insecure-cookie
    return resp


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080, debug=True)  # expect: debug-mode
