# corpus: path=catalogue/app.py
import os

import uvicorn
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

ENVIRONMENT = os.environ.get("ENVIRONMENT", "production")
ORIGINS = ["*"]

app = FastAPI(title="catalogue", debug=ENVIRONMENT == "development")  # ok: debug-mode
app.add_middleware(
    CORSMiddleware,
    allow_origins=ORIGINS,  # expect: permissive-cors
    allow_credentials=True,
    allow_methods=["GET", "POST"],
)

if __name__ == "__main__":
    uvicorn.run("catalogue.app:app", host="0.0.0.0", port=8000)
