#!/usr/bin/env python3
# test-exports.py: the exports from the command line, read back.
#
# Usage: test-exports.py STEWARD_BINARY
#
# Copyright 2026 The Steward authors
# SPDX-License-Identifier: GPL-3.0-or-later

import csv
import datetime
import io
import os
import re
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

    # The ISMS effectiveness measurement table of last year, from the
    # sample's eight objectives.
    last_year = datetime.date.today().year - 1
    table_csv = os.path.join(tmp, 'table.csv')
    result = run('--database', database, '--export-measurement-table', table_csv, '--year', str(last_year), env=env)
    check(result.returncode == 0, f'--export-measurement-table to CSV exits 0 ({result.stderr.strip()})')
    kpis = []
    if os.path.exists(table_csv):
        raw = open(table_csv, 'rb').read()
        check(raw.startswith(b'\xef\xbb\xbf'), 'the table CSV starts with a UTF-8 BOM')
        rows = list(csv.reader(io.StringIO(raw.decode('utf-8-sig'), newline='')))
        check(len(rows) == 9 and all(len(row) == 20 for row in rows),
              f'the table CSV has a header and the eight objectives, twenty columns each ({len(rows)} rows)')
        kpis = [row[1] for row in rows[1:]]
        months = [value for row in rows[1:] for value in row[5:17] if value != '']
        check(len(months) >= 12 and all(re.fullmatch(r'-?[0-9]+(\.[0-9]+)?', value) for value in months),
              'the values of the year are plain numbers')

    table_xlsx = os.path.join(tmp, 'table.xlsx')
    result = run('--database', database, '--export-measurement-table', table_xlsx, '--year', str(last_year),
                 '--calendar', 'roc', env=env)
    check(result.returncode == 0, f'--export-measurement-table to XLSX exits 0 ({result.stderr.strip()})')
    if os.path.exists(table_xlsx):
        with zipfile.ZipFile(table_xlsx) as workbook:
            book = workbook.read('xl/workbook.xml').decode('utf-8')
            sheets = re.findall(r'<sheet name="([^"]*)"', book)
            years = [int(m.group(1)) + 1911 for m in (re.search(r'([0-9]+)', name) for name in sheets) if m]
            check(len(sheets) >= 2 and years == sorted(years) and last_year in years,
                  f'the workbook has one sheet per year, in ROC years ({sheets})')
            index = years.index(last_year) + 1 if last_year in years else 1
            sheet = workbook.read(f'xl/worksheets/sheet{index}.xml').decode('utf-8')
            strings = workbook.read('xl/sharedStrings.xml').decode('utf-8')
        numbers = re.findall(r'<c r="[D-O][0-9]+"(?: s="[0-9]+")?(?: t="n")?><v>([^<]*)</v>', sheet)
        check(len(numbers) >= 12, f'the values are stored as numbers ({len(numbers)} in {sheets[index - 1]})')
        check(kpis != [] and all(kpi in strings for kpi in kpis), 'every indicator of the CSV is in the workbook')

    table_pdf = os.path.join(tmp, 'table.pdf')
    result = run('--database', database, '--export-measurement-table', table_pdf, '--year', str(last_year), env=env)
    check(result.returncode == 0, f'--export-measurement-table to PDF exits 0 ({result.stderr.strip()})')
    if os.path.exists(table_pdf):
        text = subprocess.run(['pdftotext', '-layout', table_pdf, '-'], capture_output=True, text=True).stdout
        check('有效性' in text or 'ISMS effectiveness measurement table' in text, 'the PDF has its title')
        check(kpis != [] and all(kpi in text for kpi in kpis), 'the PDF names every indicator')

    for year in ('20x5', '1800', '0', '-3'):
        bad = os.path.join(tmp, f'table-{year}.csv')
        result = run('--database', database, '--export-measurement-table', bad, '--year', year, env=env)
        check(result.returncode == 1 and 'year' in result.stderr and not os.path.exists(bad),
              f'--year {year} is refused with a message and no file')

    # The registers of the follow-up, with at least the sample's records,
    # and the form of a hand-over of equipment (3.10, 5.4.2, 5.7, 5.8).
    registers = {'actions': 28, 'communications': 15, 'meetings': 3, 'findings': 8, 'audits': 2,
                 'risk-results': 2, 'projects': 3, 'handovers': 5}
    for name, least in registers.items():
        register_csv = os.path.join(tmp, f'register-{name}.csv')
        result = run('--database', database, '--export-register', name, register_csv, env=env)
        check(result.returncode == 0 and os.path.exists(register_csv),
              f'--export-register {name} to CSV exits 0 ({result.stderr.strip()})')
        if os.path.exists(register_csv):
            raw = open(register_csv, 'rb').read()
            rows = list(csv.reader(io.StringIO(raw.decode('utf-8-sig'), newline='')))
            check(raw.startswith(b'\xef\xbb\xbf') and rows[0][0] == 'No.' and len(rows) > least
                  and all(len(row) == len(rows[0]) for row in rows),
                  f'the {name} CSV has a BOM, a header and {len(rows) - 1} rows as wide')
        register_xlsx = os.path.join(tmp, f'register-{name}.xlsx')
        result = run('--database', database, '--export-register', name, register_xlsx, '--calendar', 'roc', env=env)
        check(result.returncode == 0, f'--export-register {name} to XLSX exits 0 ({result.stderr.strip()})')
        if os.path.exists(register_xlsx):
            with zipfile.ZipFile(register_xlsx) as workbook:
                sheet = workbook.read('xl/worksheets/sheet1.xml').decode('utf-8')
            numbers = re.findall(r'<c r="A([0-9]+)"(?: s="[0-9]+")?><v>([0-9]+)</v></c>', sheet)
            check(len(numbers) >= least and '<pane ' in sheet and 'state="frozen"' in sheet,
                  f'the {name} workbook numbers its records as numbers, under a frozen header ({len(numbers)})')

    bad = os.path.join(tmp, 'minutes.csv')
    result = run('--database', database, '--export-register', 'minutes', bad, env=env)
    check(result.returncode == 1 and 'actions' in result.stderr and 'handovers' in result.stderr
          and not os.path.exists(bad), 'an unknown register is refused with the names there are, and no file')
    result = run('--database', database, '--export-register', 'actions', env=env)
    check(result.returncode == 1 and result.stderr.strip() != '', '--export-register without a file is refused')

    form = os.path.join(tmp, 'handover.pdf')
    result = run('--database', database, '--export-handover-form', '1', form, env=env)
    check(result.returncode == 0 and os.path.exists(form), f'--export-handover-form exits 0 ({result.stderr.strip()})')
    if os.path.exists(form):
        text = subprocess.run(['pdftotext', '-layout', form, '-'], capture_output=True, text=True).stdout
        check(('Equipment hand-over form' in text or '資訊設備移交單' in text) and '筆記型電腦' in text,
              'the hand-over form has its title and its items')
        check(('Receiver' in text or '接收人' in text) and ('Responsible supervisor' in text or '權責主管' in text),
              'the hand-over form has the signature lines')
    for handover in ('99', 'abc'):
        bad = os.path.join(tmp, f'handover-{handover}.pdf')
        result = run('--database', database, '--export-handover-form', handover, bad, env=env)
        check(result.returncode == 1 and result.stderr.strip() != '' and not os.path.exists(bad),
              f'--export-handover-form {handover} is refused with a message and no file')

    # A management review: its minutes and its notice. The sample's first
    # review, or one added here while the sample has none.
    import sqlite3
    with sqlite3.connect(database) as db:
        row = db.execute('SELECT id FROM review ORDER BY id LIMIT 1').fetchone()
        if row is None:
            people = [r[0] for r in db.execute('SELECT id FROM person ORDER BY id LIMIT 3')]
            cursor = db.execute("INSERT INTO review (kind, year, number, title, starts_at, place, chair_id, secretary_id) "
                                "VALUES ('regular', 2025, 1, '114年度第1次管理審查會議', '2025-03-12T14:00:00+08:00', "
                                "'Room 301', ?, ?)", (people[0], people[1]))
            row = (cursor.lastrowid,)
            for position, person in enumerate(people):
                db.execute('INSERT INTO review_attendee (review_id, person_id, position) VALUES (?, ?, ?)',
                           (row[0], person, position))
            db.execute("INSERT INTO review_item (review_id, item, position, nothing_to_report, reason) "
                       "VALUES (?, 'policy', 0, 1, 'unchanged')", (row[0],))
            db.execute("INSERT INTO minutes (review_id, version, document_number) VALUES (?, 1, 'ISMS-R-114-01')",
                       (row[0],))
        review_id = str(row[0])
        review_title = db.execute('SELECT title FROM review WHERE id = ?', (row[0],)).fetchone()[0]
        attendees = [r[0] for r in db.execute('SELECT p.name FROM review_attendee AS a JOIN person AS p '
                                              'ON p.id = a.person_id WHERE a.review_id = ?', (row[0],))]

    minutes_pdf = os.path.join(tmp, 'minutes.pdf')
    result = run('--database', database, '--export-minutes', review_id, minutes_pdf, env=env)
    check(result.returncode == 0 and os.path.exists(minutes_pdf), f'--export-minutes to PDF exits 0 ({result.stderr.strip()})')
    if os.path.exists(minutes_pdf):
        text = subprocess.run(['pdftotext', '-layout', minutes_pdf, '-'], capture_output=True, text=True).stdout
        check(review_title[:6] in text and all(name in text for name in attendees),
              'the minutes PDF has the meeting and its attendees')
        check('Page 1 of' in text or '第 1 頁' in text, 'the minutes PDF numbers its pages')
    minutes_odt = os.path.join(tmp, 'minutes.odt')
    result = run('--database', database, '--export-minutes', review_id, minutes_odt, env=env)
    check(result.returncode == 0 and os.path.exists(minutes_odt), f'--export-minutes to ODT exits 0 ({result.stderr.strip()})')
    if os.path.exists(minutes_odt):
        with zipfile.ZipFile(minutes_odt) as odt:
            first = odt.infolist()[0]
            check(first.filename == 'mimetype' and first.compress_type == zipfile.ZIP_STORED
                  and odt.read('mimetype') == b'application/vnd.oasis.opendocument.text',
                  'the ODT starts with its mimetype, stored')
            content = odt.read('content.xml').decode('utf-8')
            check('<table:table ' in content and all(name in content for name in attendees),
                  'the ODT has the attendance as a table')
    notice_ics = os.path.join(tmp, 'notice.ics')
    result = run('--database', database, '--export-review-notice', review_id, notice_ics, env=env)
    check(result.returncode == 0 and os.path.exists(notice_ics), f'--export-review-notice to .ics exits 0 ({result.stderr.strip()})')
    if os.path.exists(notice_ics):
        ics = open(notice_ics, encoding='utf-8').read().replace('\r\n ', '')
        check(ics.count('BEGIN:VEVENT') == 1 and 'Asia/Taipei' in ics and review_title[:6] in ics,
              'the notice is one event in Taipei time with the meeting title')
    notice_pdf = os.path.join(tmp, 'notice.pdf')
    result = run('--database', database, '--export-review-notice', review_id, notice_pdf, env=env)
    check(result.returncode == 0 and os.path.exists(notice_pdf), f'--export-review-notice to PDF exits 0 ({result.stderr.strip()})')
    for option, name in (('--export-minutes', 'minutes.docx'), ('--export-review-notice', 'notice.odt')):
        bad = os.path.join(tmp, name)
        result = run('--database', database, option, review_id, bad, env=env)
        check(result.returncode == 1 and result.stderr.strip() != '' and not os.path.exists(bad),
              f'{option} refuses {name} with a message and no file')
    for review in ('999', 'abc'):
        bad = os.path.join(tmp, f'minutes-{review}.pdf')
        result = run('--database', database, '--export-minutes', review, bad, env=env)
        check(result.returncode == 1 and result.stderr.strip() != '' and not os.path.exists(bad),
              f'--export-minutes {review} is refused with a message and no file')

    # Bad input: a clear message, a non-zero exit, no file.
    bad = os.path.join(tmp, 'roster.doc')
    result = run('--database', database, '--export-roster', bad, env=env)
    check(result.returncode != 0 and not os.path.exists(bad) and result.stderr.strip() != '',
          'an unknown format is refused with a message and no file')
    result = run('--database', database, '--export-roster', csv_path, '--as-of', '2026-02-30', env=env)
    check(result.returncode == 2 and 'date' in result.stderr, 'a day that does not exist is refused')
    result = run('--database', os.path.join(tmp, 'missing.db'), '--export-roster', csv_path, env=env)
    check(result.returncode != 0, 'a database that does not exist is refused')

# The interested parties and issues register and the external contacts
# list, from the sample's context, compared with what its database holds.
import sqlite3
import time

with tempfile.TemporaryDirectory() as tmp:
    env = dict(os.environ, XDG_DATA_HOME=os.path.join(tmp, 'data'))
    env.pop('DISPLAY', None)
    env.pop('WAYLAND_DISPLAY', None)
    database = os.path.join(tmp, 'sample.db')
    result = run('--database', database, '--sample-data', '--export-roster', os.path.join(tmp, 'r.csv'), env=env)
    check(result.returncode == 0, f'the sample database is made ({result.stderr.strip()})')

    today = datetime.date.today().isoformat()
    with sqlite3.connect(f'file:{database}?mode=ro', uri=True) as sample:
        parties = sample.execute('SELECT id, name FROM party').fetchall()
        in_force = dict(sample.execute(
            'SELECT party_id, count(*) FROM party_requirement'
            ' WHERE retired_on IS NULL OR retired_on > ? GROUP BY party_id', (today,)).fetchall())
        issues = [row[0] for row in sample.execute(
            "SELECT description FROM context_issue WHERE status != 'retired' AND identified_on <= ?", (today,))]
        retired = [row[0] for row in sample.execute(
            "SELECT description FROM context_issue WHERE status = 'retired'")]
        contacts = sample.execute('SELECT organization, verified_on FROM contact').fetchall()
    year_ago = datetime.date.today().replace(year=datetime.date.today().year - 1).isoformat()
    n_due = sum(1 for _, verified in contacts if verified is None or verified <= year_ago)
    check(len(parties) >= 5 and len(issues) >= 10 and len(contacts) >= 5,
          f'the sample has a context ({len(parties)} parties, {len(issues)} issues, {len(contacts)} contacts)')

    timings = {}

    def export(option, name, *extra):
        path = os.path.join(tmp, name)
        start = time.monotonic()
        result = run('--database', database, option, path, *extra, env=env)
        timings[name] = time.monotonic() - start
        check(result.returncode == 0 and os.path.exists(path), f'{option} to {name} ({result.stderr.strip()})')
        return path

    def read_csv(path):
        raw = open(path, 'rb').read() if os.path.exists(path) else b''
        check(raw.startswith(b'\xef\xbb\xbf'), f'{os.path.basename(path)} starts with a UTF-8 BOM')
        return list(csv.reader(io.StringIO(raw.decode('utf-8-sig'), newline='')))

    rows = read_csv(export('--export-context-register', 'register.csv'))
    party_rows = [row for row in rows[1:] if row[0] == 'Interested party']
    issue_rows = [row for row in rows[1:] if row[0] == 'Issue']
    check(rows != [] and rows[0][:3] == ['Register', 'Interested party', 'Internal or external']
          and all(len(row) == len(rows[0]) for row in rows), 'the register CSV is one table, Register first')
    check(len(party_rows) == sum(max(1, in_force.get(id, 0)) for id, _ in parties),
          f'a row a requirement in force, one for a party without any ({len(party_rows)})')
    check({row[1] for row in party_rows} == {name for _, name in parties}, 'every interested party is there')
    check(sorted(row[10] for row in issue_rows) == sorted(issues),
          f'the issues not retired, and only those ({len(issue_rows)} of {len(issues) + len(retired)})')
    check(all(re.fullmatch(r'([0-9]{4}-[0-9]{2}-[0-9]{2})?', row[16]) for row in issue_rows),
          'the register CSV writes dates as ISO 8601')

    xlsx = export('--export-context-register', 'register.xlsx', '--calendar', 'roc')
    if os.path.exists(xlsx):
        with zipfile.ZipFile(xlsx) as workbook:
            sheets = re.findall(r'<sheet name="([^"]*)"', workbook.read('xl/workbook.xml').decode('utf-8'))
            strings = workbook.read('xl/sharedStrings.xml').decode('utf-8')
        check(sheets == ['Interested parties', 'Issues'], f'the register workbook has its two sheets ({sheets})')
        check(all(name.replace('&', '&amp;') in strings for _, name in parties),
              'every interested party is in the workbook')

    pdf = export('--export-context-register', 'register.pdf', '--calendar', 'roc', '--as-of', today)
    if os.path.exists(pdf):
        text = subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True, text=True).stdout
        pages = text.split('\f')[:-1]
        # pdftotext may drop the spaces around the slash.
        check(len(pages) >= 2 and all(f'{i + 1}/{len(pages)}' in page.replace(' ', '') for i, page in enumerate(pages)),
              f'the register PDF numbers its {len(pages)} pages')
        check('Interested parties and issues register' in text and 'ISMS-R-007' in text,
              'the register PDF has its title and document number')
        check(all(name in text.replace(' ', '') for _, name in parties if len(name) <= 8),
              'the register PDF names the interested parties')
        check(all(issue[:6] in text for issue in issues), 'the register PDF shows each issue')
        check(not any(issue[:12] in text for issue in retired), 'the retired issues are not in the PDF')
        check('民國' in text or 'ROC' in text, 'the register PDF writes dates in the ROC calendar')

    rows = read_csv(export('--export-contacts', 'contacts.csv'))
    check(rows != [] and rows[0][:2] == ['Purpose', 'Organization'] and len(rows) == len(contacts) + 1,
          f'the contacts CSV has a header and every contact ({len(rows)} rows)')
    purposes = [row[0] for row in rows[1:]]
    check(all(purposes.index(p) == len(purposes) - purposes[::-1].index(p) - purposes.count(p)
              for p in set(purposes)), 'the contacts are grouped by purpose')
    check(sum(1 for row in rows[1:] if row[9] == 'Due') == n_due,
          f'the contacts not verified within a year are marked due ({n_due})')

    xlsx = export('--export-contacts', 'contacts.xlsx')
    if os.path.exists(xlsx):
        with zipfile.ZipFile(xlsx) as workbook:
            sheets = re.findall(r'<sheet name="([^"]*)"', workbook.read('xl/workbook.xml').decode('utf-8'))
        check(sheets == ['External contacts'], f'the contacts workbook has one sheet ({sheets})')

    pdf = export('--export-contacts', 'contacts.pdf')
    if os.path.exists(pdf):
        text = subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True, text=True).stdout
        check('External contacts list' in text and 'ISMS-R-008' in text and
              sum(1 for organization, _ in contacts if organization[:5] in text) >= len(contacts) - 1,
              'the contacts PDF has its title, number and the organizations')

    for option in ('--export-context-register', '--export-contacts'):
        bad = os.path.join(tmp, 'context.doc')
        result = run('--database', database, option, bad, env=env)
        check(result.returncode == 1 and not os.path.exists(bad) and '.pdf' in result.stderr,
              f'{option} refuses an unknown format with a message and no file')

    print('# export times: ' + ', '.join(f'{name} {seconds:.2f} s' for name, seconds in timings.items()))

print(f'{passed} passed, {failed} failed')
sys.exit(1 if failed else 0)
