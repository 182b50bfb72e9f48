#!/usr/bin/env bash
# Application and auth code written by other people, for measuring noise where it matters most:
# views, auth flows, token handling and templates (bench/noise.ts --apps). Python comes from
# Debian's packages, JavaScript and TypeScript from npm, at pinned versions so runs compare.
# Unpacked into .cache/app-code/<package>/ (git-ignored); an existing package is not fetched again.
set -euo pipefail
cd "$(dirname "$0")/.."
dest=.cache/app-code
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$dest"

debian=(
  python3-authlib python3-django-allauth python3-django-hyperkitty python3-django-postorius
  python3-djangorestframework python3-flask-login python3-flask-security python3-flaskext.wtf
  python3-itsdangerous python3-jwt python3-oauthlib python3-passlib python3-requests-oauthlib
  python3-social-auth-core radicale
)
npm=(ghost@5.130.6 nodebb@1.4.0 @auth/core@0.41.3 @trpc/server@11.25.2)

for pkg in "${debian[@]}"; do
  [ -d "$dest/$pkg" ] && continue
  (cd "$work" && apt-get download "$pkg" >/dev/null 2>&1) || { echo "skipped $pkg (apt-get download failed)" >&2; continue; }
  dpkg-deb -x "$work/${pkg}"_*.deb "$dest/$pkg"
done

for spec in "${npm[@]}"; do
  name=$(echo "${spec%@*}" | tr '/' '-' | tr -d '@')
  [ -d "$dest/$name" ] && continue
  tarball=$(cd "$work" && npm pack --silent "$spec" 2>/dev/null | tail -1) || { echo "skipped $spec (npm pack failed)" >&2; continue; }
  mkdir -p "$dest/$name"
  tar xzf "$work/$tarball" -C "$dest/$name"
done

echo "app code in $dest: $(find "$dest" -name '*.py' | wc -l) Python, $(find "$dest" \( -name '*.js' -o -name '*.ts' -o -name '*.tsx' \) ! -name '*.d.ts' | wc -l) JavaScript/TypeScript files"
