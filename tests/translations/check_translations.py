#!/usr/bin/env python3
"""Fails on any German or Spanish text that is missing, unfinished, vanished or obsolete, and on
translations whose placeholders (%1, %n, %L1 ...) differ from the English source, and on
translations that are a copy of the English: a "translation" equal to its source passes only when
nothing but the app's name, placeholders, units and punctuation is left of it, or when it is on
SAME_AS_ENGLISH below (words that really are the same in that language).

The .ts files are first refreshed from the sources in a temporary copy (lupdate), so a string
added to the code without a translation is caught too. The built-in routine's titles and steps
must carry both translations.

usage: check_translations.py LUPDATE SOURCE_DIR
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

LANGUAGES = ("de", "es")
PLACEHOLDER = re.compile(r"%L?\d+|%n")
# What may stay as it is in every language: the name, placeholders, units (s, min, %) and
# punctuation. A source with anything else left must be translated or be on the list below.
NOTHING_TO_TRANSLATE = re.compile(r"^(?:(?:FootCoach|%L?\d+|%n|min|s|%)(?![A-Za-z])|[\s\W_])*$")
# Sources whose translation is rightly the English text, per language. Keep it short; an entry
# that no longer applies (gone, or now translated differently) fails too, so it cannot go stale.
SAME_AS_ENGLISH = {
    "de": {"F1", "Esc", "❚❚ Pause"},  # key caps; "Pause" is German
    "es": {"F1", "Esc", "Ctrl+H", "&General"},  # key caps ("Ctrl" on Spanish keyboards); "General"
}


def placeholders(text):
    return sorted(PLACEHOLDER.findall(text or ""))


def check_ts(path, lang, problems):
    root = ET.parse(path).getroot()
    count = 0
    allowed_used = set()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            count += 1
            source = message.findtext("source") or ""
            translation = message.find("translation")
            where = f"{os.path.basename(path)} [{name}] {source[:70]!r}"
            kind = translation.get("type") if translation is not None else "missing"
            if kind in ("unfinished", "vanished", "obsolete", "missing"):
                problems.append(f"{where}: {kind}")
                continue
            forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
            if any(not (f or "").strip() for f in forms):
                problems.append(f"{where}: empty translation")
                continue
            if any((f or "").strip() == source.strip() for f in forms):
                if source in SAME_AS_ENGLISH.get(lang, set()):
                    allowed_used.add(source)
                elif not NOTHING_TO_TRANSLATE.match(source):
                    problems.append(f"{where}: the translation is a copy of the English")
            want = set(placeholders(source))
            for form in forms:
                got = set(placeholders(form))
                # A numerus form may drop %n (e.g. "one minute"), nothing else may differ.
                if message.get("numerus") == "yes":
                    got.discard("%n")
                    want_here = want - {"%n"}
                else:
                    want_here = want
                if got != want_here:
                    problems.append(f"{where}: placeholders {sorted(got)} differ from {sorted(want_here)}")
    for stale in sorted(SAME_AS_ENGLISH.get(lang, set()) - allowed_used):
        problems.append(f"{os.path.basename(path)}: {stale!r} is allowed to stay English but no "
                        "longer does (take it off SAME_AS_ENGLISH)")
    return count


def check_routine(path, problems):
    with open(path, encoding="utf-8") as f:
        routine = json.load(f)
    texts = [("routine title", routine.get("titleTranslations"))]
    for e in routine["exercises"]:
        texts.append((f"{e['id']} title", e.get("titleTranslations")))
        for i, step in enumerate(e["steps"]):
            texts.append((f"{e['id']} step {i + 1}", step.get("textTranslations")))
    for what, translations in texts:
        for lang in LANGUAGES:
            if not (translations or {}).get(lang, "").strip():
                problems.append(f"{os.path.basename(path)}: {what} has no '{lang}' translation")


def check_english_plurals(lupdate, source_dir, tmp, problems):
    """English has a file of its plural forms only (footcoach_en.ts): every %n message needs its
    singular and plural, or English reads "1 times"."""
    original = os.path.join(source_dir, "translations", "footcoach_en.ts")
    if not os.path.exists(original):
        problems.append(f"{original} is missing")
        return
    copy = os.path.join(tmp, "footcoach_en.ts")
    shutil.copy(original, copy)
    sources = [os.path.join(source_dir, d) for d in ("app", "core", "storage")]
    subprocess.run([lupdate, "-silent", "-locations", "none", "-pluralonly", "-recursive"]
                   + sources + ["-ts", copy], check=True)
    count = 0
    for context in ET.parse(copy).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            if kind in ("vanished", "obsolete"):
                continue
            count += 1
            source = message.findtext("source")
            forms = [f.text or "" for f in translation.findall("numerusform")]
            if kind == "unfinished" or len(forms) != 2 or not all(f.strip() for f in forms):
                problems.append(f"footcoach_en.ts [{name}] {source!r}: no English singular and plural")
            elif "%n" not in forms[1]:  # the singular may say "one" in words
                problems.append(f"footcoach_en.ts [{name}] {source!r}: the plural lacks %n")
    print(f"footcoach_en.ts: {count} plural messages")


def main():
    lupdate, source_dir = sys.argv[1], sys.argv[2]
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        copies = []
        for lang in LANGUAGES:
            original = os.path.join(source_dir, "translations", f"footcoach_{lang}.ts")
            if not os.path.exists(original):
                problems.append(f"{original} is missing")
                continue
            copy = os.path.join(tmp, os.path.basename(original))
            shutil.copy(original, copy)
            copies.append(copy)
        if copies:
            # The app, and the routine loader's and the history's messages it shows.
            sources = [os.path.join(source_dir, d) for d in ("app", "core", "storage")]
            subprocess.run([lupdate, "-silent", "-locations", "none", "-recursive"] + sources
                           + ["-ts"] + copies, check=True)
        for copy in copies:
            lang = os.path.basename(copy)[len("footcoach_"):-len(".ts")]
            n = check_ts(copy, lang, problems)
            print(f"{os.path.basename(copy)}: {n} messages")
        check_english_plurals(lupdate, source_dir, tmp, problems)
    check_routine(os.path.join(source_dir, "resources", "routines", "numb-feet-stretches.json"), problems)
    for p in problems[:60]:
        print("FAIL:", p)
    if len(problems) > 60:
        print(f"... and {len(problems) - 60} more")
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
