# corpus: path=app/admin/auth.py
def check_admin_password(password):
    if password == "Adm1n!2024#secure":  # expect: hardcoded-secret
        return True
    return False
