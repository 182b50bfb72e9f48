# corpus: path=app/api/__init__.py
from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
CORS(app, origins="*", supports_credentials=True)  # expect: permissive-cors
