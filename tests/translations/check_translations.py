#!/usr/bin/env python3
"""Checks Tessera's Qt Linguist files (translations/*.ts).

Fails when a file has unfinished, obsolete or vanished entries (tessera_en.ts holds English's plural forms only); when more than 5% of its translations
equal the English source (brand names and the like are allowed, see ALLOWED_SAME); when a translation
loses or invents a placeholder (%1, %n, %L2 ...), an accelerator (&) or an HTML tag; and, with --lupdate,
when the files are behind the sources (run the update_translations target, then translate what is new).

Usage: check_translations.py TS_FILE... [--lupdate LUPDATE --source-dir DIR --playbook-strings FILE]
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

MAX_SAME_SHARE = 0.05
# Texts that read the same in every language: names, codes, units.
ALLOWED_SAME = re.compile(r"^(&?Tessera|OK|TOTP|HOTP|QR|PDF|PNG|SVG|JSON|CSV|URI|E\.164|SHA-1|SHA-256|SHA-512|"
                          r"Aegis|2FAS|andOTP|FreeOTP\+|Bitwarden|Ente Auth|Authenticator Pro|Stratum|Google|"
                          r"Google Authenticator|Microsoft Authenticator|Authy|Microsoft|GitHub|Apple|AWS|"
                          r"English|Deutsch|Français|Español|[%0-9A-Z:.\s/-]*)$")
PLACEHOLDER = re.compile(r"%L?\d+|%n")
TAG = re.compile(r"</?([a-zA-Z]+)[^>]*>")


def accelerators(text):
    """The '&' marks before a letter or digit (a literal ampersand is '&&', or '&' before a space)."""
    return len(re.findall(r"&(?=[^\s&])", text.replace("&&", "")))


def translations_of(message):
    node = message.find("translation")
    forms = node.findall("numerusform")
    return node, ([f.text or "" for f in forms] if forms else [node.text or ""])


def check_file(path):
    problems = []
    tree = ET.parse(path)
    total = same = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node, texts = translations_of(message)
            kind = node.get("type")
            where = f"{name}: {source[:70]!r}"
            if kind in ("unfinished", "obsolete", "vanished"):
                problems.append(f"{kind}: {where}")
                continue
            total += 1
            if any(not t.strip() for t in texts):
                problems.append(f"empty translation: {where}")
                continue
            if texts[0] == source and not ALLOWED_SAME.match(source):
                same += 1
            for text in texts:
                wanted, got = sorted(PLACEHOLDER.findall(source)), sorted(PLACEHOLDER.findall(text))
                if message.get("numerus") == "yes":
                    # A singular form may spell out the number ("one account") instead of %n.
                    wanted, got = [p for p in wanted if p != "%n"], [p for p in got if p != "%n"]
                if wanted != got:
                    problems.append(f"placeholders {got} instead of {wanted}: {where} -> {text[:70]!r}")
                if accelerators(source) != accelerators(text):
                    problems.append(f"accelerators differ: {where} -> {text[:70]!r}")
                if sorted(TAG.findall(source)) != sorted(TAG.findall(text)):
                    problems.append(f"HTML tags differ: {where} -> {text[:70]!r}")
    share = same / total if total else 0.0
    print(f"{os.path.basename(path)}: {total} finished, {same} equal to the English ({share:.1%})")
    if share > MAX_SAME_SHARE:
        problems.append(f"{share:.1%} of the translations equal the English source (at most {MAX_SAME_SHARE:.0%})")
    return problems


def check_up_to_date(ts_files, lupdate, source_dir, playbook_strings):
    """lupdate over a copy: the files are current when it adds and removes nothing."""
    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        copies = []
        for path in ts_files:
            copy = os.path.join(scratch, os.path.basename(path))
            shutil.copy(path, copy)
            copies.append(copy)
        arguments = [lupdate, "-silent", "-recursive", "-extensions", "cpp,h", "-locations", "none", "-no-obsolete",
                     os.path.join(source_dir, "app", "gui"), os.path.join(source_dir, "core"), playbook_strings]
        # English is the source language: its file holds the plural forms only.
        english = [c for c in copies if os.path.basename(c) == "tessera_en.ts"]
        others = [c for c in copies if c not in english]
        if others:
            subprocess.run(arguments + ["-ts", *others], check=True, cwd=source_dir)
        if english:
            subprocess.run(arguments + ["-pluralonly", "-ts", *english], check=True, cwd=source_dir)
        for path, copy in zip(ts_files, copies):
            before = {(c.findtext("name"), m.findtext("source"), m.findtext("comment"))
                      for c in ET.parse(path).getroot().iter("context") for m in c.iter("message")}
            after = {(c.findtext("name"), m.findtext("source"), m.findtext("comment"))
                     for c in ET.parse(copy).getroot().iter("context") for m in c.iter("message")}
            for context, source, _ in sorted(after - before, key=str)[:20]:
                problems.append(f"{os.path.basename(path)}: not in the file yet: {context}: {source[:70]!r}")
            for context, source, _ in sorted(before - after, key=str)[:20]:
                problems.append(f"{os.path.basename(path)}: gone from the sources: {context}: {source[:70]!r}")
    if problems:
        problems.append("run `cmake --build <build dir> --target update_translations`, then translate the new texts")
    return problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("ts_files", nargs="+")
    parser.add_argument("--lupdate")
    parser.add_argument("--source-dir")
    parser.add_argument("--playbook-strings")
    args = parser.parse_args()
    problems = []
    for path in args.ts_files:
        problems += [f"{os.path.basename(path)}: {p}" for p in check_file(path)]
    if args.lupdate:
        problems += check_up_to_date(args.ts_files, args.lupdate, args.source_dir, args.playbook_strings)
    for problem in problems[:200]:
        print(problem)
    if len(problems) > 200:
        print(f"... and {len(problems) - 200} more")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
