import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

ENVIRONMENT = os.environ.get("ENVIRONMENT", "production")

app = FastAPI(title="catalogue")
app.add_middleware(
    CORSMiddleware,
    allow_origins=["https://catalogue.example.com"],
    allow_credentials=True,
    allow_methods=["GET", "POST"],
)
