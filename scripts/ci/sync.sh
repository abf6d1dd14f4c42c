#!/usr/bin/env bash
# Runs `npm run sync` with the options the workflow and the composite action pass as environment
# variables, so both run exactly the same command (and tests/ci run it too).
#
#   ARCHIVE_DIR           archive directory to sync into (default: content)
#   ARCHIVE_REPOS         repositories as owner/name, separated by spaces, commas or newlines;
#                         empty: the `repos` of <ARCHIVE_DIR>/archive.config.json
#   ARCHIVE_DEFAULT_REPO  used when ARCHIVE_REPOS is empty and the config names no repos
#                         (the workflow passes the repository it runs in)
#   ARCHIVE_LABEL         label of sprint issues; empty: the config's `label` (default: sprint)
#   ARCHIVE_FULL_SYNC     "true" ignores the saved cursor and fetches everything
#   GITHUB_TOKEN / GH_TOKEN and GITHUB_GRAPHQL_URL are read by the sync itself.
set -euo pipefail

archive_dir="${ARCHIVE_DIR:-content}"
args=(--out "$archive_dir")

repos="$(printf '%s' "${ARCHIVE_REPOS:-}" | tr ',\n\r\t' '    ')"
if [ -z "${repos// /}" ] && [ -n "${ARCHIVE_DEFAULT_REPO:-}" ]; then
  config="$archive_dir/archive.config.json"
  # The config file is validated by the sync; here we only need to know whether it names repos.
  if [ ! -f "$config" ] || ! tr -d ' \t\r\n' <"$config" | grep -Eq '"repos":\[[^]]'; then
    echo "sync: no repositories configured; syncing ${ARCHIVE_DEFAULT_REPO}"
    repos="$ARCHIVE_DEFAULT_REPO"
  fi
fi
for repo in $repos; do
  args+=(--repo "$repo")
done

if [ -n "${ARCHIVE_LABEL:-}" ]; then
  args+=(--label "$ARCHIVE_LABEL")
fi
if [ "${ARCHIVE_FULL_SYNC:-false}" = "true" ]; then
  args+=(--full)
fi

echo "sync: npm run sync -- ${args[*]}"
npm run sync -- "${args[@]}"
