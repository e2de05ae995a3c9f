#!/usr/bin/env bash
# Runs every runnable command of the README, so that its examples work verbatim on a fresh clone.
#
# The convention: a fenced code block whose info string is `sh runnable` is run; every other block is not.
#
#     ```sh runnable
#     koreaevents seeds                 # comments and blank lines are fine
#     koreaevents truth a.csv \
#       --truth b.csv                   # a line ending in a backslash continues the command
#     ```
#
# GitHub and NuGet take the first word of the info string as the language, so the block renders as an ordinary
# `sh` block. Blocks that cannot run here (the test command, which .ci/run runs as its own step; benchmarks that take
# minutes; commands that need data outside the repository or the network) are left as plain `sh` blocks, and the
# README says what they need.
#
# How the blocks run: in the order they appear, each in a fresh bash from the repository root, with .tools (the
# README's tool folder, where its install block puts the koreaevents tool packed from src/KoreaEvents.Cli) first on
# PATH, so `koreaevents` is that tool. .tools is deleted first, so the install block installs from the freshly packed
# package. Inside a block, commands run one after another (a `cd` or `export` carries on to the next command of the
# same block) and the block stops at the first command that exits non-zero, which is reported with its line in the
# README; later blocks still run. Each block's output goes to artifacts/ci/readme-commands/line-<N>.log, and the
# end of it is printed when the block fails. No heredocs in runnable blocks (each line is a command or part of one).
#
# usage: .ci/readme-commands.sh [--list] [README]   (README defaults to README.md at the repository root; --list
#        prints the commands with their lines and runs nothing)
# Ends with: readme commands: N passed, N failed   and exits non-zero when a command failed or none was found.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

list_only=false
if [ "${1:-}" = "--list" ]; then
  list_only=true
  shift
fi
readme=${1:-README.md}
[ -f "$readme" ] || { echo "readme-commands: $readme not found" >&2; exit 2; }
readme_name=$(basename "$readme")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Split the runnable blocks into logical commands: one record per command, "<block line>\t<command line>\t<text>",
# where <block line> is the line of the opening fence and continuation lines are joined with \037 (unit separator).
awk -v out="$work/commands.tsv" -v name="$readme_name" '
  function flush() {
    if (cmd != "") { printf "%d\t%d\t%s\n", fence, at, cmd > out; cmd = "" }
  }
  !inside && /^```sh runnable[ \t]*$/ { inside = 1; fence = NR; blocks++; next }
  inside && /^```[ \t]*$/ {
    if (cmd != "") { printf "%s:%d: the command goes on (trailing backslash) past the end of the block\n", name, at > "/dev/stderr"; bad = 1 }
    cmd = ""; inside = 0; next
  }
  inside {
    line = $0
    if (cmd == "") {
      if (line ~ /^[ \t]*(#.*)?$/) next   # blank lines and comment lines are not commands
      at = NR
      cmd = line
    } else {
      cmd = cmd "\037" line
    }
    if (line ~ /\\$/) next                   # continued on the next line
    flush()
  }
  END {
    if (inside) { printf "%s:%d: runnable block not closed\n", name, fence > "/dev/stderr"; bad = 1 }
    close(out)
    exit bad ? 3 : 0
  }
' "$readme"
touch "$work/commands.tsv"

if [ ! -s "$work/commands.tsv" ]; then
  echo "readme-commands: no runnable blocks (\`\`\`sh runnable) in $readme" >&2
  echo "readme commands: 0 passed, 0 failed"
  exit 1
fi

if $list_only; then
  while IFS=$'\t' read -r fence at text; do
    printf '%s:%s (block at %s): %s\n' "$readme_name" "$at" "$fence" "${text//$'\037'/$'\n'}"
  done < "$work/commands.tsv"
  exit 0
fi

log_dir="$root/artifacts/ci/readme-commands"
rm -rf "$log_dir" "$root/.tools"
mkdir -p "$log_dir"
export PATH="$root/.tools:$PATH"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# One script per block: each command, then a check that records how far the block got.
for fence in $(cut -f1 "$work/commands.tsv" | uniq); do
  script="$work/block-$fence.sh"
  {
    echo "set -o pipefail"
    echo "cd $(printf %q "$root")"
    echo "__done=0"
    while IFS=$'\t' read -r block at text; do
      [ "$block" = "$fence" ] || continue
      printf '%s\n' "${text//$'\037'/$'\n'}"
      echo "__rc=\$?; if [ \$__rc -ne 0 ]; then echo \"\$__done $at \$__rc\" > $(printf %q "$work/status-$fence"); exit \$__rc; fi; __done=\$((__done + 1))"
    done < "$work/commands.tsv"
    echo "echo \"\$__done 0 0\" > $(printf %q "$work/status-$fence")"
  } > "$script"
done

passed=0 failed=0 skipped=0
for fence in $(cut -f1 "$work/commands.tsv" | uniq); do
  total=$(awk -F'\t' -v f="$fence" '$1 == f' "$work/commands.tsv" | wc -l)
  log="$log_dir/line-$fence.log"
  start=$SECONDS
  set +e
  bash "$work/block-$fence.sh" > "$log" 2>&1 < /dev/null
  set -e
  seconds=$((SECONDS - start))
  if [ -f "$work/status-$fence" ]; then
    read -r done_count failed_at rc < "$work/status-$fence"
  else
    done_count=0 failed_at=$fence rc="?"   # the block's shell itself failed (a syntax error, say)
  fi
  passed=$((passed + done_count))
  if [ "$failed_at" = "0" ]; then
    printf 'ok     %s:%s  %d command(s), %ds\n' "$readme_name" "$fence" "$total" "$seconds"
  else
    failed=$((failed + 1))
    skipped=$((skipped + total - done_count - 1))
    command_text=$(awk -F'\t' -v at="$failed_at" '$2 == at { print $3 }' "$work/commands.tsv")
    command_text=${command_text//$'\037'/ }
    printf 'FAILED %s:%s: exit code %s: %s\n' "$readme_name" "$failed_at" "$rc" "${command_text:-(block at line $fence)}"
    echo "       (block at line $fence; log: ${log#"$root"/}; its last lines:)"
    tail -n 25 "$log" | sed 's/^/       | /'
  fi
done

echo
[ "$skipped" -eq 0 ] || echo "$skipped command(s) after a failure in the same block not run"
echo "readme commands: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
