#!/usr/bin/env python3
# test-exports.py: the exports from the command line, read back.
#
# Usage: test-exports.py STEWARD_BINARY
#
# Copyright 2026 The Steward authors
# SPDX-License-Identifier: GPL-3.0-or-later

import csv
import io
import os
import subprocess
import sys
import tempfile
import zipfile

steward = sys.argv[1]
passed = failed = 0


def check(ok, what):
    global passed, failed
    if ok:
        passed += 1
        print(f'ok - {what}')
    else:
        failed += 1
        print(f'not ok - {what}')


def run(*args, env=None):
    return subprocess.run([steward, *args], capture_output=True, text=True, env=env, timeout=120)


with tempfile.TemporaryDirectory() as tmp:
    # No display is needed for an export: it runs before the application.
    env = dict(os.environ, XDG_DATA_HOME=os.path.join(tmp, 'data'))
    env.pop('DISPLAY', None)
    env.pop('WAYLAND_DISPLAY', None)
    database = os.path.join(tmp, 'sample.db')

    csv_path = os.path.join(tmp, 'roster.csv')
    result = run('--database', database, '--sample-data', '--export-roster', csv_path, env=env)
    check(result.returncode == 0, f'--export-roster to CSV exits 0 ({result.stderr.strip()})')
    check(os.path.exists(csv_path), 'the CSV file is there')
    if os.path.exists(csv_path):
        raw = open(csv_path, 'rb').read()
        check(raw.startswith(b'\xef\xbb\xbf'), 'the CSV starts with a UTF-8 BOM, for Excel')
        rows = list(csv.reader(io.StringIO(raw.decode('utf-8-sig'))))
        check(len(rows) >= 20, f'the CSV has a header and the roster ({len(rows)} rows)')
        check(all(len(row) == 8 for row in rows if row), 'every CSV row has the eight columns')
        names = {row[2] for row in rows[1:]}
        check(any('\u4e00' <= c <= '\u9fff' for name in names for c in name), 'the CSV holds the CJK names')

    xlsx_path = os.path.join(tmp, 'roster.xlsx')
    result = run('--database', database, '--export-roster', xlsx_path, '--calendar', 'roc', env=env)
    check(result.returncode == 0, f'--export-roster to XLSX exits 0 ({result.stderr.strip()})')
    if os.path.exists(xlsx_path):
        with zipfile.ZipFile(xlsx_path) as workbook:
            strings = workbook.read('xl/sharedStrings.xml').decode('utf-8')
        check(all(name in strings for name in names), 'every name of the CSV is in the workbook')
        check('民國' in strings or 'ROC' in strings, 'the workbook writes the date in the ROC calendar')

    pdf_path = os.path.join(tmp, 'roster.pdf')
    result = run('--database', database, '--export-roster', pdf_path, '--as-of', '115-01-01', env=env)
    check(result.returncode == 0, f'--export-roster to PDF with --as-of exits 0 ({result.stderr.strip()})')
    if os.path.exists(pdf_path):
        check(open(pdf_path, 'rb').read(5) == b'%PDF-', 'the PDF is a PDF')
        text = subprocess.run(['pdftotext', '-layout', pdf_path, '-'], capture_output=True,
                              text=True).stdout
        check(sum(1 for name in names if name in text) >= len(names) - 1,
              'pdftotext finds the names in the PDF')

    for extension, magic in (('svg', b'<?xml'), ('png', b'\x89PNG'), ('pdf', b'%PDF-')):
        chart = os.path.join(tmp, f'chart.{extension}')
        result = run('--database', database, '--export-org-chart', chart, env=env)
        check(result.returncode == 0 and os.path.exists(chart) and open(chart, 'rb').read(5).startswith(magic[:4]),
              f'--export-org-chart to {extension.upper()} ({result.stderr.strip()})')

    # Bad input: a clear message, a non-zero exit, no file.
    bad = os.path.join(tmp, 'roster.doc')
    result = run('--database', database, '--export-roster', bad, env=env)
    check(result.returncode != 0 and not os.path.exists(bad) and result.stderr.strip() != '',
          'an unknown format is refused with a message and no file')
    result = run('--database', database, '--export-roster', csv_path, '--as-of', '2026-02-30', env=env)
    check(result.returncode == 2 and 'date' in result.stderr, 'a day that does not exist is refused')
    result = run('--database', os.path.join(tmp, 'missing.db'), '--export-roster', csv_path, env=env)
    check(result.returncode != 0, 'a database that does not exist is refused')

print(f'{passed} passed, {failed} failed')
sys.exit(1 if failed else 0)
