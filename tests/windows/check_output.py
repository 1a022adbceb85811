#!/usr/bin/env python3
"""Checks what simlayouts.exe printed under Wine, for any game: the script knows no game's fields.

  check_output.py frames FILE [--count N] [--reference FILE] [--moving] [--partial-last-line]
      every line is strict UTF-8 and one JSON object; "sequence" counts 0, 1, 2, ...; with --count exactly N lines;
      with --moving the first and the last frame differ once the clock and numbering keys are left out (the
      simulator's counters move); with --reference (the Linux build's frame of the same simulator) every string of it
      that holds a non-ASCII character is in these frames too, byte for byte.
  check_output.py json FILE             one JSON document, strict UTF-8.
  check_output.py fewer-keys OLD NEW    the JSON document OLD has fewer keys than NEW (an older game version's page
                                        is read with its later fields unavailable).
Prints one line saying what is wrong and exits 1, or exits 0.
"""
import argparse
import json
import sys

VOLATILE = {"sequence", "capturedAt", "receivedAt", "packetNumber"}


def fail(message):
    print(message)
    sys.exit(1)


def decode(path):
    data = open(path, "rb").read()
    try:
        return data.decode("utf-8", errors="strict")
    except UnicodeDecodeError as error:
        fail(f"{path}: not UTF-8 at byte {error.start}: {data[max(0, error.start - 20):error.start + 20]!r}")


def parse(text, where):
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        fail(f"{where}: not JSON ({error})")


def strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


def without_volatile(value):
    if isinstance(value, dict):
        return {key: without_volatile(item) for key, item in value.items() if key not in VOLATILE}
    if isinstance(value, list):
        return [without_volatile(item) for item in value]
    return value


def count_keys(value):
    if isinstance(value, dict):
        return len(value) + sum(count_keys(item) for item in value.values())
    if isinstance(value, list):
        return sum(count_keys(item) for item in value)
    return 0


def frames(args):
    text = decode(args.file)
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    elif args.partial_last_line and lines:
        lines.pop()  # the bridge was stopped while it wrote this one
    elif lines:
        fail(f"{args.file}: the last frame has no line ending")
    if args.count is not None and len(lines) != args.count:
        fail(f"{args.file}: {len(lines)} frames, expected {args.count}")
    if not lines:
        fail(f"{args.file}: no frames")
    parsed = []
    for number, line in enumerate(lines):
        frame = parse(line, f"{args.file} line {number + 1}")
        if not isinstance(frame, dict) or frame.get("sequence") != number:
            fail(f"{args.file} line {number + 1}: sequence {frame.get('sequence') if isinstance(frame, dict) else '?'}, expected {number}")
        parsed.append(frame)
    if args.moving and without_volatile(parsed[0]) == without_volatile(parsed[-1]):
        fail(f"{args.file}: the first and the last of {len(parsed)} frames hold the same pages: nothing moved")
    if args.reference:
        reference = parse(decode(args.reference).split("\n")[0], args.reference)
        seen = set()
        for frame in parsed:
            seen.update(strings(frame))
        expected = sorted({value for value in strings(reference) if any(ord(c) > 127 for c in value)})
        missing = [value for value in expected if value not in seen]
        if missing:
            fail(f"{args.file}: non-ASCII text of the Linux build's frame is missing or changed: {missing[:5]}")
        print(f"{len(parsed)} frames; non-ASCII text intact: {', '.join(expected[:6]) or '(none in these frames)'}")


def whole_json(args):
    parse(decode(args.file), args.file)


def fewer_keys(args):
    old = count_keys(parse(decode(args.old), args.old))
    new = count_keys(parse(decode(args.new), args.new))
    if not old < new:
        fail(f"the older version's page has {old} fields, the current one {new}: expected fewer")
    print(f"older version: {old} fields, current: {new}")


def main():
    parser = argparse.ArgumentParser()
    commands = parser.add_subparsers(dest="command", required=True)
    frames_parser = commands.add_parser("frames")
    frames_parser.add_argument("file")
    frames_parser.add_argument("--count", type=int)
    frames_parser.add_argument("--reference")
    frames_parser.add_argument("--moving", action="store_true")
    frames_parser.add_argument("--partial-last-line", action="store_true")
    frames_parser.set_defaults(run=frames)
    json_parser = commands.add_parser("json")
    json_parser.add_argument("file")
    json_parser.set_defaults(run=whole_json)
    keys_parser = commands.add_parser("fewer-keys")
    keys_parser.add_argument("old")
    keys_parser.add_argument("new")
    keys_parser.set_defaults(run=fewer_keys)
    args = parser.parse_args()
    args.run(args)


if __name__ == "__main__":
    main()
