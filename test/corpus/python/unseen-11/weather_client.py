# corpus: path=integrations/weather.py
import hashlib
import json
import logging
import random
import time
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)

BASE_URL = "https://api.open-meteo.com/v1/forecast"
GEOCODE_URL = "https://geocoding-api.open-meteo.com/v1/search"
USER_AGENT = "shop-delivery-planner/1.4 (+https://shop.example.com)"


@dataclass(frozen=True)
class Forecast:
    latitude: float
    longitude: float
    max_temp: float
    rain_mm: float


def _session() -> requests.Session:
    session = requests.Session()
    retry = Retry(total=3, backoff_factor=0.5, status_forcelist=[429, 500, 502, 503, 504])
    session.mount("https://", HTTPAdapter(max_retries=retry))
    session.headers["User-Agent"] = USER_AGENT
    return session


SESSION = _session()
_cache: dict[str, tuple[float, dict]] = {}
CACHE_TTL = 900


def _cache_key(url: str, params: dict) -> str:
    return hashlib.sha1((url + json.dumps(params, sort_keys=True)).encode()).hexdigest()


def _get(url: str, params: dict) -> dict:
    key = _cache_key(url, params)
    hit = _cache.get(key)
    if hit and hit[0] > time.monotonic():
        return hit[1]
    resp = SESSION.get(url, params=params, timeout=10)
    resp.raise_for_status()
    data = resp.json()
    # Spread expiry so entries written together do not all refresh at once.
    ttl = CACHE_TTL * random.uniform(0.8, 1.2)
    _cache[key] = (time.monotonic() + ttl, data)
    return data


@lru_cache(maxsize=512)
def geocode(city: str) -> Optional[tuple[float, float]]:
    data = _get(GEOCODE_URL, {"name": city, "count": 1})
    results = data.get("results") or []
    if not results:
        return None
    return results[0]["latitude"], results[0]["longitude"]


def forecast(city: str) -> Optional[Forecast]:
    coords = geocode(city)
    if coords is None:
        log.info("no coordinates for %s", city)
        return None
    lat, lon = coords
    data = _get(BASE_URL, {"latitude": lat, "longitude": lon, "daily": "temperature_2m_max,precipitation_sum", "forecast_days": 1})
    daily = data["daily"]
    return Forecast(lat, lon, daily["temperature_2m_max"][0], daily["precipitation_sum"][0])


def retry_token_refresh(fetch, attempts: int = 5):
    for attempt in range(attempts):
        try:
            return fetch()
        except requests.RequestException:
            wait = random.uniform(0.5, 1.5) * 2 ** attempt
            time.sleep(wait)
    raise RuntimeError("token refresh kept failing")


def legacy_station(station_id: str) -> dict:
    resp = requests.get(f"http://stations.weather-legacy.example.net/api/{station_id}.json", timeout=10)  # expect: cleartext-http
    return resp.json()
