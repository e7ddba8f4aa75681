#!/usr/bin/env bash
# Writes the Teams app package: a zip with manifest.json, color.png and outline.png at its root, the
# manifest's {{TEAMS_APP_ID}}, {{BOT_ID}} and {{BOT_DOMAIN}} filled in. Upload it in Teams (Apps > Manage
# your apps > Upload an app) or through the Teams admin center.
#
#   manifest/teams/package.sh --bot-id <bot app id> --domain <bot host> [--app-id <guid>] [--out <file.zip>]
#
# The bot id is the Entra app registration's client id (Teams:AppId); the domain is the host that serves
# /api/messages (for example statusbot.example.com). The app id defaults to the bot id.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
fail() { echo "package.sh: $*" >&2; exit 1; }

bot_id="${TEAMS_BOT_ID:-}" app_id="${TEAMS_APP_ID:-}" domain="${TEAMS_BOT_DOMAIN:-}" out="statusbot-teams.zip"
while [ $# -gt 0 ]; do
  case "$1" in
    --bot-id) bot_id="${2:-}"; shift 2 ;;
    --app-id) app_id="${2:-}"; shift 2 ;;
    --domain) domain="${2:-}"; shift 2 ;;
    --out) out="${2:-}"; shift 2 ;;
    *) fail "unknown argument $1 (see the usage at the top of this script)" ;;
  esac
done

guid='^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
[[ "$bot_id" =~ $guid ]] || fail "--bot-id must be the bot's app id, a GUID (got '$bot_id')."
app_id="${app_id:-$bot_id}"
[[ "$app_id" =~ $guid ]] || fail "--app-id must be a GUID (got '$app_id')."
[[ "$domain" =~ ^[A-Za-z0-9.-]+(:[0-9]+)?$ ]] || fail "--domain must be a host name such as statusbot.example.com (got '$domain')."
command -v python3 >/dev/null || fail "python3 is required to write the zip."

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
sed -e "s/{{TEAMS_APP_ID}}/$app_id/g" -e "s/{{BOT_ID}}/$bot_id/g" -e "s/{{BOT_DOMAIN}}/$domain/g" \
  "$here/manifest.json" > "$work/manifest.json"
! grep -q '{{' "$work/manifest.json" || fail "manifest.json still has a placeholder after filling in."
cp "$here/color.png" "$here/outline.png" "$work/"
case "$out" in /*) target="$out" ;; *) target="$PWD/$out" ;; esac
rm -f "$target"
(cd "$work" && python3 -m zipfile -c "$target" manifest.json color.png outline.png)
echo "package.sh: wrote $target"
