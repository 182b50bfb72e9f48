# corpus: path=wizard/views.py
import pickle

from django.http import JsonResponse


def resume(request):
    state = pickle.loads(bytes.fromhex(request.COOKIES["wizard_state"]))  # expect: unsafe-deserialization
    return JsonResponse({"step": state["step"]})
