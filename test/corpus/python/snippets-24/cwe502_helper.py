# corpus: path=app/serialization.py
import json
import pickle


def get_pickle_data(pickled):
    return pickle.loads(pickled)  # expect: unsafe-deserialization


def get_json_data(raw):
    return json.loads(raw)  # ok: unsafe-deserialization
