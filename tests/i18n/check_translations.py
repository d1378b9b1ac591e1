#!/usr/bin/env python3
"""Fails when a translation is unfinished, empty or damaged in any resources/translations/*.ts,
or when a text of the sources (tr(), QCoreApplication::translate, the forms) is missing from them.

lupdate runs over src/ (sources and forms) into temporary copies of the .ts files, exactly as
`cmake --build build --target update_translations` would; any text it has to add is missing."""
import argparse
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r'%(?:\d+|n)')
ACCELERATOR = re.compile(r'&(?!amp;)\w')


def messages(path):
    """(context, source) -> (numerus, [translations], type) for every message of a .ts file."""
    result = {}
    root = ET.parse(path).getroot()
    for context in root.iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            translation = message.find('translation')
            numerus = message.get('numerus') == 'yes'
            if numerus:
                texts = [form.text or '' for form in translation.iter('numerusform')]
            else:
                texts = [translation.text or '']
            result[(name, message.findtext('source') or '')] = (numerus, texts, translation.get('type'))
    return root.get('language'), result


def check_file(path, problems):
    language, entries = messages(path)
    plural_only = language == 'en'
    for (context, source), (numerus, texts, kind) in entries.items():
        where = f'{os.path.basename(path)} [{context}] {source!r}'
        if kind in ('unfinished', 'obsolete', 'vanished'):
            problems.append(f'{where}: {kind}')
            continue
        if plural_only and not numerus:
            problems.append(f'{where}: the English file holds plural forms only')
        if not texts or any(not text.strip() for text in texts):
            problems.append(f'{where}: empty translation')
            continue
        wanted = sorted(p for p in PLACEHOLDER.findall(source) if p != '%n')
        for text in texts:
            if sorted(p for p in PLACEHOLDER.findall(text) if p != '%n') != wanted:
                problems.append(f'{where}: placeholders differ in {text!r}')
            if ('<' in source) != ('<' in text):
                problems.append(f'{where}: markup differs in {text!r}')
            if ACCELERATOR.search(source) and not ACCELERATOR.search(text):
                problems.append(f'{where}: the keyboard accelerator (&) is missing in {text!r}')
        if numerus and not any('%n' in text for text in texts):
            problems.append(f'{where}: no plural form shows the number')
    return entries


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--lupdate', required=True)
    parser.add_argument('--source-dir', required=True)
    args = parser.parse_args()
    ts_dir = os.path.join(args.source_dir, 'resources', 'translations')
    files = sorted(glob.glob(os.path.join(ts_dir, 'steadyline_*.ts')))
    languages = {os.path.basename(f)[len('steadyline_'):-3] for f in files}
    problems = []
    if not {'en', 'pl', 'cs', 'ru'} <= languages:
        problems.append(f'missing .ts files: have {sorted(languages)}')

    with tempfile.TemporaryDirectory() as tmp:
        for path in files:
            entries = check_file(path, problems)
            copy = os.path.join(tmp, os.path.basename(path))
            shutil.copy(path, copy)
            options = ['-pluralonly'] if path.endswith('_en.ts') else []
            run = subprocess.run([args.lupdate, '-silent', '-no-obsolete', '-locations', 'none', *options,
                                  os.path.join(args.source_dir, 'src'),
                                  '-ts', copy], capture_output=True, text=True)
            if run.returncode != 0:
                problems.append(f'lupdate failed on {path}: {run.stderr}')
                continue
            _, updated = messages(copy)
            for key in sorted(set(updated) - set(entries)):
                problems.append(f'{os.path.basename(path)}: [{key[0]}] {key[1]!r} is in the sources but not '
                                f'in the file (run the update_translations target and translate it)')
            for key in sorted(set(entries) - set(updated)):
                problems.append(f'{os.path.basename(path)}: [{key[0]}] {key[1]!r} is no longer in the sources')

    for problem in problems:
        print(problem)
    counts = {lang: len(messages(f)[1]) for lang, f in zip(sorted(languages), sorted(files))}
    print(f'{len(problems)} problem(s); messages per file: {counts}')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
