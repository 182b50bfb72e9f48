# corpus: path=app/integrations/partner_api.py
import json

import requests

from .oauth import OAuth1Client


class LegacyPartnerAPI(OAuth1Client):
    profile_url = "http://api.legacy-partner.com/rest/v2?method=people.getInfo"  # expect: cleartext-http
    avatar_url = "https://cdn.legacy-partner.com/avatars"

    def get_user_info(self):
        url = self.profile_url  # ok: cleartext-http
        data = json.loads(self.query(url, params={"format": "json"}))
        return data["person"]

    def avatar_for(self, user_id):
        base_url = self.avatar_url
        return f"{base_url}/{int(user_id)}.png"


def fetch_rates(session: requests.Session):
    endpoint_url = LegacyPartnerAPI.profile_url  # ok: cleartext-http
    return session.get(endpoint_url, params={"method": "rates.get"}, timeout=10).json()
