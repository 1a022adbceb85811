#!/usr/bin/env bash
# The Windows test: publishes simlayouts.exe (win-x64, the players' download, with the README's command) and runs it
# under Wine, two Windows processes in one prefix sharing the games' named mappings, for every game that
# `simlayouts games` says has a simulator. Per game it checks:
#   --no-wait without the game (exit 1, one line); the bridge waiting, then attaching when the simulator starts;
#   its frames (strict UTF-8, JSON, sequence 0..N-1, pages moving, non-ASCII names as the Linux build prints them);
#   the simulator's segments are the layout's named mappings (Local\ names included); dump; record, then replay;
#   the simulator exiting mid-run (the bridge says the game left) and starting again (the bridge attaches again);
#   an older game version (the layout's oldest revision, a shorter mapping) read with its later fields unavailable.
# Any crash fails the check it happens in (Wine's debugger is disabled through the AeDebug key, so an unhandled
# exception ends the process with an error code instead of exit 0). Processes, the prefix and every file are removed
# on exit, failed or not.
#
#   tests/windows/run.sh              needs wine (Debian: apt-get install wine wine64), python3 and the .NET SDK
#   tests/windows/run.sh DOWNLOADS    skips the publish and tests DOWNLOADS/win-x64/simlayouts.exe (and
#                                     DOWNLOADS/linux-x64/simlayouts), e.g. artifacts/downloads, while iterating
#
# The last line is "N passed, N failed[, N skipped]"; the exit code is 0 only when nothing failed.
set -uo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
checker="$repo/tests/windows/check_output.py"

passed=0; failed=0; skipped=0
pass() { echo "ok: $1"; passed=$((passed + 1)); }
skip() { echo "skipped: $1"; skipped=$((skipped + 1)); }
# fail WHAT [FILE...]: the check failed; the end of each file (stderr of the processes involved) is shown.
fail() {
  echo "FAILED: $1"; shift
  for file in "$@"; do
    [ -s "$file" ] && { echo "  --- $(basename "$file"):"; tail -n 15 "$file" | cut -c1-300 | sed 's/^/  /'; }
  done
  failed=$((failed + 1))
}
summary() {
  if [ "$skipped" -gt 0 ]; then echo "$passed passed, $failed failed, $skipped skipped"; else echo "$passed passed, $failed failed"; fi
}

for tool in wine wineserver wineboot python3 dotnet timeout; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "$tool is not installed (Debian: apt-get install wine wine64; the .NET SDK; python3)."
    failed=1; summary; exit 1
  fi
done

work=$(mktemp -d "${TMPDIR:-/tmp}/simlayouts-windows.XXXXXX")
# One prefix per run: named mappings are shared inside a prefix only, and parallel runs must not meet.
export WINEPREFIX="$work/prefix" WINEDEBUG=-all WINEARCH=win64
# A shm directory in the environment would send the Windows build to files instead of named mappings.
unset SIMLAYOUTS_SHM_DIR WINEDLLOVERRIDES
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
  # Ends every process of this prefix (and only of it), then its wineserver.
  wineserver -k 2>/dev/null
  wait 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
cd "$work" || exit 1
clock=$SECONDS

# --- the prefix --------------------------------------------------------------------------------------------------
# mscoree/mshtml off for the first boot only: it would offer to install Wine Mono and Gecko. Setting it for the
# .NET processes themselves breaks them (System.Runtime.dll fails to load).
if WINEDLLOVERRIDES="mscoree,mshtml=" timeout -k 10 180 wineboot --init </dev/null >"$work/wineboot.log" 2>&1; then
  pass "wineboot --init ($((SECONDS - clock)) s)"
else
  fail "wineboot --init" "$work/wineboot.log"; summary; exit 1
fi
aedebug='HKLM\Software\Microsoft\Windows NT\CurrentVersion\AeDebug'
if timeout -k 10 60 wine reg add "$aedebug" /v Debugger /t REG_SZ /d 'C:\simlayouts-no-debugger.exe' /f >"$work/reg.log" 2>&1 \
  && timeout -k 10 60 wine reg add "$aedebug" /v Auto /t REG_SZ /d 1 /f >>"$work/reg.log" 2>&1 \
  && timeout -k 10 60 wine reg query "$aedebug" /v Debugger 2>>"$work/reg.log" | grep -q 'simlayouts-no-debugger'; then
  pass "Wine's debugger disabled (AeDebug): a crash exits with an error code"
else
  fail "setting AeDebug's Debugger" "$work/reg.log"; summary; exit 1
fi

# --- the download --------------------------------------------------------------------------------------------------
step=$SECONDS
if [ $# -gt 0 ]; then
  downloads=$(cd "$1" && pwd) || exit 1
  skip "publishing (testing the downloads in $downloads)"
elif (cd "$repo" && dotnet build bridge/SimLayouts.Bridge -t:PublishDownloads -nologo -v:q \
      --artifacts-path "$work/build" -p:DownloadsDirectory="$work/downloads/") >"$work/publish.log" 2>&1 \
   && [ -f "$work/downloads/win-x64/simlayouts.exe" ] && [ -x "$work/downloads/linux-x64/simlayouts" ]; then
  downloads="$work/downloads"
  pass "the players' downloads published: simlayouts.exe and simlayouts ($((SECONDS - step)) s)"
else
  fail "dotnet build bridge/SimLayouts.Bridge -t:PublishDownloads" "$work/publish.log"; summary; exit 1
fi
exe="$downloads/win-x64/simlayouts.exe"
linux="$downloads/linux-x64/simlayouts"

# --- helpers -------------------------------------------------------------------------------------------------------
# run NAME SECONDS ARGS...: simlayouts.exe ARGS in the foreground, stdout to NAME.out, stderr to NAME.err; its exit code.
run() {
  local name=$1 limit=$2; shift 2
  timeout -k 10 "$limit" wine "$exe" "$@" </dev/null >"$work/$name.out" 2>"$work/$name.err"
}
# start NAME ARGS...: simlayouts.exe ARGS in the background; its pid in $started.
start() {
  local name=$1; shift
  wine "$exe" "$@" </dev/null >"$work/$name.out" 2>"$work/$name.err" &
  started=$!
  pids+=("$started")
}
# finish PID SECONDS: waits for a background process; its exit code, or 124 after killing it at the deadline.
finish() {
  local deadline=$((SECONDS + $2))
  while kill -0 "$1" 2>/dev/null; do
    if [ $SECONDS -ge $deadline ]; then kill "$1" 2>/dev/null; wait "$1" 2>/dev/null; return 124; fi
    sleep 0.2
  done
  wait "$1"
}
stop() { kill "$1" 2>/dev/null; wait "$1" 2>/dev/null; true; }
count() { local n; n=$(grep -c -- "$2" "$1" 2>/dev/null); echo "${n:-0}"; }
lines() { local n; n=$(wc -l <"$1" 2>/dev/null); echo "${n:-0}"; }
# wait_for FILE PATTERN SECONDS [TIMES]: until PATTERN is in FILE (TIMES times).
wait_for() {
  local deadline=$((SECONDS + $3))
  until [ "$(count "$1" "$2")" -ge "${4:-1}" ]; do
    [ $SECONDS -ge $deadline ] && return 1
    sleep 0.2
  done
}
# wait_lines FILE N SECONDS: until FILE has N complete lines.
wait_lines() {
  local deadline=$((SECONDS + $3))
  until [ "$(lines "$1")" -ge "$2" ]; do
    [ $SECONDS -ge $deadline ] && return 1
    sleep 0.2
  done
}
crashed() { grep -qiE 'unhandled exception|   at [A-Za-z]' "$@" 2>/dev/null; }
# check NAME ARGS...: check_output.py ARGS; its message goes to NAME.check.
check() { local name=$1; shift; python3 "$checker" "$@" >"$work/$name.check" 2>&1; }

# --- the games -----------------------------------------------------------------------------------------------------
run games 120 games --format tsv; code=$?
if [ $code -eq 0 ] && [ "$(head -n 1 games.out)" = "$(printf 'name\ttitle\tpages\tsimulator\tingest\trevisions')" ]; then
  pass "simlayouts.exe games lists $(($(lines games.out) - 1)) games"
else
  fail "simlayouts.exe games exited $code" games.err games.out; summary; exit 1
fi

simulated=0
while IFS=$'\t' read -r game _title pages simulator _ingest revisions; do
  if [ "$simulator" != yes ]; then
    skip "$game: no simulator"
    continue
  fi
  simulated=$((simulated + 1))
  step=$SECONDS
  # The Linux build extracts itself into the work folder, not ~/.net (only this process: under Wine the variable would
  # be a Unix path given to Windows, and the exe exits 1 without a word).
  DOTNET_BUNDLE_EXTRACT_BASE_DIR="$work/extract" "$linux" bridge --game "$game" --source sim --print --frames 1 </dev/null >"$game-linux.out" 2>"$game-linux.err" \
    || fail "$game: the Linux build's reference frame" "$game-linux.err"

  # No game and --no-wait: exit 1 and a message, nothing on stdout.
  run "$game-nowait" 120 bridge --game "$game" --print --no-wait; code=$?
  if [ $code -eq 1 ] && grep -q 'no game' "$game-nowait.err" && [ ! -s "$game-nowait.out" ] && ! crashed "$game-nowait.err"; then
    pass "$game: --no-wait without the game exits 1"
  else
    fail "$game: --no-wait without the game exited $code" "$game-nowait.err"
  fi

  # The bridge first: it waits, then attaches when the simulator starts in another process.
  start "$game-bridge" bridge --game "$game" --print --frames 20 --interval 0.1; bridge=$started
  if wait_for "$game-bridge.err" 'attaches when' 120; then
    pass "$game: the bridge waits for the game"
  else
    fail "$game: the bridge did not say it waits" "$game-bridge.err"
  fi
  start "$game-sim" simulate "$game" --rate 60 --duration 300; sim=$started
  finish "$bridge" 120; code=$?
  if [ $code -eq 0 ] && grep -q "Attached to $game" "$game-bridge.err" && ! crashed "$game-bridge.err"; then
    pass "$game: the bridge attached when the simulator started and printed 20 frames"
  else
    fail "$game: the bridge exited $code" "$game-bridge.err" "$game-sim.err"
  fi
  if check "$game-frames" frames "$game-bridge.out" --count 20 --moving --reference "$game-linux.out"; then
    pass "$game: frames are strict UTF-8 JSON, moving, $(cat "$game-frames.check")"
  else
    fail "$game: frames: $(cat "$game-frames.check")"
  fi
  missing=""
  IFS=',' read -ra segments <<<"$pages"
  for segment in "${segments[@]}"; do
    grep -qF "named mapping $segment" "$game-sim.err" || missing="$missing $segment"
  done
  if [ -z "$missing" ]; then
    pass "$game: the simulator publishes the named mappings ${pages}"
  else
    fail "$game: the simulator did not publish$missing" "$game-sim.err"
  fi

  # One frame as a JSON document, then a recording of 30 frames replayed.
  if run "$game-dump" 120 dump "$game" && check "$game-dump" json "$game-dump.out"; then
    pass "$game: dump prints one JSON document"
  else
    fail "$game: dump $(cat "$game-dump.check" 2>/dev/null)" "$game-dump.err"
  fi
  if run "$game-record" 120 record "$game" --out "$game.rec" --frames 30 && grep -q 'recorded 30 frames' "$game-record.err"; then
    pass "$game: record read 30 frames from the named mappings"
  else
    fail "$game: record" "$game-record.err"
  fi
  if run "$game-replay" 120 bridge --game "$game" --source "replay:$game.rec" --speed max --interval 0.05 --print \
     && grep -q 'the source ended' "$game-replay.err" && check "$game-replay" frames "$game-replay.out" --reference "$game-linux.out"; then
    pass "$game: the recording replays: $(cat "$game-replay.check")"
  else
    fail "$game: replay $(cat "$game-replay.check" 2>/dev/null)" "$game-replay.err"
  fi
  stop "$sim"

  # The game leaves mid-run (its mapping closes) and starts again: the bridge says so and attaches again.
  start "$game-follow" bridge --game "$game" --print --interval 0.1; follow=$started
  start "$game-first" simulate "$game" --duration 3; first=$started
  finish "$first" 120 || fail "$game: the first simulator run" "$game-first.err"
  if wait_for "$game-follow.err" 'the game left' 120; then
    pass "$game: the bridge noticed that the game left: $(grep 'the game left' "$game-follow.err" | head -n 1 | cut -c13-)"
    before=$(lines "$game-follow.out")
    start "$game-second" simulate "$game" --duration 300; second=$started
    if wait_for "$game-follow.err" "Attached to $game" 120 2 && wait_lines "$game-follow.out" $((before + 5)) 120; then
      pass "$game: the bridge attached again when the game came back, frames flow again"
    else
      fail "$game: no second attach" "$game-follow.err" "$game-second.err"
    fi
    stop "$second"
  else
    fail "$game: the bridge did not notice that the game left" "$game-follow.err" "$game-first.err"
  fi
  stop "$follow"
  if ! crashed "$game-follow.err" && check "$game-follow" frames "$game-follow.out" --partial-last-line; then
    pass "$game: frames across the restart are valid"
  else
    fail "$game: frames across the restart: $(cat "$game-follow.check")" "$game-follow.err"
  fi

  # An older game version: the layout's oldest revision, in mappings of its (smaller) size.
  oldest=${revisions%%,*}
  if [ -z "$oldest" ] || [ "$oldest" = "$revisions" ]; then
    skip "$game: the layout declares no older revision"
  else
    start "$game-old" simulate "$game" --revision "$oldest" --duration 300; old=$started
    wait_for "$game-old.err" 'simulating' 120
    # The first page follows the status line at once; a dump in between finds an empty page, so give it a few tries.
    for attempt in 1 2 3 4 5; do
      run "$game-olddump" 120 dump "$game" && break
      sleep 1
    done
    if [ -s "$game-olddump.out" ] && ! crashed "$game-olddump.err" "$game-old.err" && check "$game-old" fewer-keys "$game-olddump.out" "$game-dump.out"; then
      pass "$game: revision $oldest read with its later fields unavailable ($(cat "$game-old.check"))"
    elif [ -s "$game-olddump.out" ] && ! crashed "$game-olddump.err" "$game-old.err" && run "$game-layout" 60 layout "$game" --format json \
      && python3 -c 'import json, sys; rows = json.load(open(sys.argv[1], encoding="utf-8")); sys.exit(0 if all(r["offset"] + r["size"] <= 4096 for r in rows) else 1)' "$game-layout.out"; then
      # Windows gives a named mapping in whole 4 KiB memory pages: when every page of the game fits in one, an older
      # version's shorter pages look as long as the current ones, and its later fields read as zeros.
      skip "$game: revision $oldest read (its pages fit in one 4 KiB memory page, as the current ones do: a named mapping cannot tell them apart by size)"
    else
      fail "$game: revision $oldest $(cat "$game-old.check" 2>/dev/null)" "$game-olddump.err" "$game-old.err"
    fi
    if run "$game-oldbridge" 120 bridge --game "$game" --print --frames 3 --interval 0.1 --no-wait && check "$game-oldbridge" frames "$game-oldbridge.out" --count 3; then
      pass "$game: the bridge reads revision $oldest"
    else
      fail "$game: the bridge on revision $oldest $(cat "$game-oldbridge.check" 2>/dev/null)" "$game-oldbridge.err"
    fi
    stop "$old"
  fi
  echo "$game: $((SECONDS - step)) s"
done < <(tail -n +2 games.out)

if [ "$simulated" -eq 0 ]; then
  fail "no game has a simulator: nothing was tested under Wine"
fi
echo "Windows test: $((SECONDS - clock)) s"
summary
[ "$failed" -eq 0 ]
