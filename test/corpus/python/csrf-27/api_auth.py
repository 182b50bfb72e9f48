# corpus: path=accounts/authentication.py
from rest_framework.authentication import SessionAuthentication, TokenAuthentication


class CsrfExemptSessionAuthentication(SessionAuthentication):
    def enforce_csrf(self, request):  # expect: csrf-disabled
        return


class QuietTokenAuthentication(TokenAuthentication):
    keyword = "Bearer"
