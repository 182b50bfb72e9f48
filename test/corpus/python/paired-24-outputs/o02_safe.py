# corpus: path=wizard/views.py
import pickle

from django.core.signing import Signer
from django.http import JsonResponse

signer = Signer(salt="wizard")


def resume(request):
    state = pickle.loads(bytes.fromhex(signer.unsign(request.COOKIES["wizard_state"])))  # ok: unsafe-deserialization
    return JsonResponse({"step": state["step"]})
