#!/usr/bin/env bash
# Lists the Markdown documents a branch adds or changes, for linting only those in CI.
#
# usage: changed-docs.sh BASE_REF [PATH...]
#   BASE_REF  what the branch is compared with, e.g. origin/main (the merge base is used, so
#             changes made on the base branch meanwhile are not listed)
#   PATH      keep only documents under these folders, or matching these files or globs
#             (default: every document)
# Prints the paths NUL-separated (safe for any file name), for `xargs -0`:
#   scripts/changed-docs.sh origin/main docs | xargs -0 -r rubric check
# Added, copied, modified and renamed files are listed; deleted ones are not. In a shallow
# clone (CI checkouts usually are) history is fetched until the merge base is found.
set -euo pipefail

if [ "$#" -lt 1 ]; then
  echo "usage: $0 BASE_REF [PATH...]" >&2
  exit 2
fi
base=$1
shift

if ! git rev-parse --verify --quiet "$base^{commit}" >/dev/null; then
  # a remote-tracking ref the checkout did not fetch: origin/main -> fetch main from origin
  remote=${base%%/*}
  branch=${base#*/}
  if [ "$remote" != "$base" ] && git remote | grep -qx -- "$remote"; then
    git fetch --quiet --no-tags --depth=50 "$remote" "+refs/heads/$branch:refs/remotes/$remote/$branch" >&2
  fi
  git rev-parse --verify --quiet "$base^{commit}" >/dev/null || { echo "changed-docs: unknown ref $base" >&2; exit 2; }
fi

tries=0
while ! git merge-base "$base" HEAD >/dev/null 2>&1; do
  [ "$(git rev-parse --is-shallow-repository)" = "true" ] || { echo "changed-docs: $base and HEAD share no history" >&2; exit 2; }
  tries=$((tries + 1))
  if [ "$tries" -gt 5 ]; then
    git fetch --quiet --no-tags --unshallow >&2
  else
    git fetch --quiet --no-tags --deepen=100 >&2
    remote=${base%%/*}
    if [ "$remote" != "$base" ] && git remote | grep -qx -- "$remote"; then
      git fetch --quiet --no-tags --deepen=100 "$remote" "${base#*/}" >&2 || true
    fi
  fi
done

matches() {
  local file=$1 pattern
  [ "$#" -eq 1 ] && return 0
  shift
  for pattern in "$@"; do
    pattern=${pattern%/}
    pattern=${pattern#./}
    case "$pattern" in
      "" | ".") return 0 ;;
    esac
    # shellcheck disable=SC2053 # the pattern is a glob on purpose
    if [[ "$file" == "$pattern" || "$file" == "$pattern"/* || "$file" == $pattern ]]; then
      return 0
    fi
  done
  return 1
}

git -c core.quotePath=false diff -z --name-only --diff-filter=ACMR "$base...HEAD" -- '*.md' '*.markdown' |
  while IFS= read -r -d '' file; do
    if matches "$file" "$@"; then printf '%s\0' "$file"; fi
  done
