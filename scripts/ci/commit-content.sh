#!/usr/bin/env bash
# Commits what the sync changed in the archive directory and pushes it, so the archive keeps its
# history in git (and keeps sprints that were later deleted on GitHub). Does nothing when the sync
# changed no file. Run from inside the git checkout that holds the archive.
#
#   ARCHIVE_DIR      archive directory (default: content)
#   COMMIT_MESSAGE   commit message (default: "Archive: sync sprint issues")
#   PUSH             "false" commits without pushing (default: true)
#   PUSH_BRANCH      branch to push to (default: the checked-out branch)
# Writes `changed=true|false` to $GITHUB_OUTPUT when that is set.
set -euo pipefail

archive_dir="${ARCHIVE_DIR:-content}"
message="${COMMIT_MESSAGE:-Archive: sync sprint issues}"

output() {
  if [ -n "${GITHUB_OUTPUT:-}" ]; then echo "changed=$1" >>"$GITHUB_OUTPUT"; fi
}

# The bot identity GitHub shows for commits made with the Actions token, unless one is configured.
if ! git config user.name >/dev/null; then git config user.name 'github-actions[bot]'; fi
if ! git config user.email >/dev/null; then
  git config user.email '41898282+github-actions[bot]@users.noreply.github.com'
fi

# -A stages deletions too: a comment deleted on GitHub disappears from the archive.
git add -A -- "$archive_dir"
if git diff --cached --quiet -- "$archive_dir"; then
  echo "commit: $archive_dir unchanged, nothing to commit"
  output false
  exit 0
fi
# A cursor that moved while no issue or comment changed (e.g. an unrelated issue was updated) is not
# worth a commit: the committed, older cursor makes the next run fetch the same single page again.
if git diff --cached --quiet -- "$archive_dir" ":(exclude)$archive_dir/sync-state.json"; then
  git reset -q -- "$archive_dir"
  echo "commit: $archive_dir unchanged (only the sync cursor moved), nothing to commit"
  output false
  exit 0
fi

git commit -q -m "$message" -- "$archive_dir"
git --no-pager show --stat --format='commit: %h %s' HEAD | tail -n 1
output true

if [ "${PUSH:-true}" = "false" ]; then
  exit 0
fi
branch="${PUSH_BRANCH:-$(git symbolic-ref --short HEAD)}"
# Someone may have pushed since the checkout: rebase onto it and retry a few times.
for attempt in 1 2 3; do
  if git push -q origin "HEAD:refs/heads/$branch"; then
    echo "commit: pushed to $branch"
    exit 0
  fi
  echo "commit: push rejected (attempt $attempt), rebasing onto origin/$branch"
  git pull -q --rebase origin "$branch"
done
echo "commit: could not push to $branch after 3 attempts" >&2
exit 1
