#!/usr/bin/env python3
# check-translations.py: fails when the zh_TW catalog falls behind the sources.
#
# Copyright 2026 The Steward authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# 1. Every source file with user-visible strings is listed in po/POTFILES.in.
# 2. The strings xgettext extracts from those files are all translated in
#    po/zh_TW.po, none fuzzy, and the catalog compiles with --check.

import os
import re
import subprocess
import sys
import tempfile

MARKERS = re.compile(r'(\b_\(|\bN_\(|\bC_\(|\bNC_\(|g_dngettext|translatable="yes"|<summary|<description|<name>|^(Name|GenericName|Comment|Keywords)=)', re.M)
LANGUAGES = [('.c', 'C'), ('.ui', 'Glade'), ('.desktop.in', 'Desktop'),
             ('.metainfo.xml.in', 'AppData'), ('.gschema.xml', 'GSettings')]

root = sys.argv[1]
passed = failed = 0


def check(ok, what):
    global passed, failed
    if ok:
        passed += 1
        print(f'ok - {what}')
    else:
        failed += 1
        print(f'not ok - {what}')


def source_files():
    for top in ('src', 'ui', 'data'):
        for dirpath, _, names in os.walk(os.path.join(root, top)):
            for name in names:
                path = os.path.relpath(os.path.join(dirpath, name), root)
                if any(path.endswith(suffix) for suffix, _ in LANGUAGES):
                    yield path


with open(os.path.join(root, 'po', 'POTFILES.in'), encoding='utf-8') as f:
    potfiles = [line.strip() for line in f if line.strip() and not line.startswith('#')]

for path in sorted(source_files()):
    with open(os.path.join(root, path), encoding='utf-8') as f:
        if MARKERS.search(f.read()):
            check(path in potfiles, f'{path} is in po/POTFILES.in')

for path in potfiles:
    check(os.path.exists(os.path.join(root, path)), f'{path} listed in POTFILES.in exists')

with tempfile.TemporaryDirectory() as tmp:
    parts = []
    for i, path in enumerate(potfiles):
        language = next((lang for suffix, lang in LANGUAGES if path.endswith(suffix)), None)
        if language is None or not os.path.exists(os.path.join(root, path)):
            continue
        part = os.path.join(tmp, f'part-{i}.pot')
        subprocess.run(['xgettext', '-L', language, '--from-code=UTF-8',
                        '--keyword=_', '--keyword=N_', '--keyword=C_:1c,2', '--keyword=NC_:1c,2',
                        '--keyword=g_dngettext:2,3', '-o', part, os.path.join(root, path)],
                       check=True)
        if os.path.exists(part):
            parts.append(part)
    pot = os.path.join(tmp, 'steward.pot')
    subprocess.run(['msgcat', '--use-first', '-o', pot] + parts, check=True)
    merged = os.path.join(tmp, 'merged.po')
    subprocess.run(['msgmerge', '-q', '--no-fuzzy-matching', '-o', merged,
                    os.path.join(root, 'po', 'zh_TW.po'), pot], check=True)
    stats = subprocess.run(['msgfmt', '--check', '--statistics', '-o', os.devnull, merged],
                           capture_output=True, text=True)
    print(stats.stderr.strip())
    check(stats.returncode == 0, 'zh_TW.po compiles with msgfmt --check')
    check('untranslated' not in stats.stderr, 'zh_TW.po has no untranslated message')
    check('fuzzy' not in stats.stderr, 'zh_TW.po has no fuzzy message')
    count = re.search(r'(\d+) translated', stats.stderr)
    check(count is not None and int(count.group(1)) > 0, 'zh_TW.po translates the sources')

print(f'{passed} passed, {failed} failed')
sys.exit(1 if failed else 0)
