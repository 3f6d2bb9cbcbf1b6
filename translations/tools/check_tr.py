#!/usr/bin/env python3
"""Finds user-visible text in ui/, app/ and models/ that escapes tr() (see docs/translations.md).

  check_tr.py [--root DIR] [--allow FILE] [-v]

Two heuristics, over C++ sources with comments removed:
  1. A string literal with letters passed straight to something a person reads: setText, setWindowTitle,
     setPlaceholderText, setToolTip, setAccessibleName, addItem, addTab, QMessageBox::…, new QLabel(…),
     new QPushButton(…), … — unless it sits inside tr(), QCoreApplication::translate(), QT_TR_NOOP or
     QT_TRANSLATE_NOOP.
  2. A literal that reads like a sentence (three or more words, starting with a capital letter or ending in
     . ! ? or :) anywhere else: refusals, messages and labels built away from the widget. Log lines
     (qDebug/qWarning/…), SQL, exceptions of type StoreError with a technical text, and the allow-list
     are skipped.
Exit status 1 lists every hit as path:line: text. The allow-list (tr_allowlist.txt next to this script)
holds `path-glob<TAB>regex` lines for literals that are not for people: object names, SQL, JSON keys,
settings keys, wire names, file names, formats.
"""
import argparse
import fnmatch
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DIRS = ("ui", "app", "models")

VISIBLE_CALLS = (
    "setText setWindowTitle setPlaceholderText setToolTip setStatusTip setWhatsThis setAccessibleName "
    "setAccessibleDescription setTitle setLabelText setInformativeText setDetailedText setSuffix setPrefix "
    "setSpecialValueText setHeaderLabels setHorizontalHeaderLabels setVerticalHeaderLabels addItem addItems "
    "insertItem addTab insertTab setTabText setTabToolTip addAction addMenu showMessage setHtml "
    "setPlainText setButtonText setOkButtonText setCancelButtonText setNameFilter setNameFilters "
    "getSaveFileName getOpenFileName getText getItem getInt critical warning information question about "
    "setFormat addRow addSection"
).split()
VISIBLE_CTORS = (
    "QLabel QPushButton QCheckBox QRadioButton QGroupBox QAction QMenu QToolButton QCommandLinkButton "
    "QMessageBox QTableWidgetItem QListWidgetItem QTreeWidgetItem QStandardItem"
).split()
TR_WRAPPERS = ("tr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3", "QT_TR_N_NOOP",
               "QT_TRANSLATE_N_NOOP", "qtTrId")
SKIP_LINE = re.compile(r"\b(qDebug|qInfo|qWarning|qCritical|qFatal|Q_ASSERT|Q_ASSERT_X|setObjectName|"
                       r"setProperty|property|objectName|findChild|findChildren|Sql|QSqlQuery|exec|prepare|"
                       r"bind|value|contains|insert|setValue|endsWith|startsWith)\s*\(")
SQL = re.compile(r"^\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|WITH|PRAGMA|ALTER|DROP|BEGIN|COMMIT|ROLLBACK|"
                 r"REPLACE|FROM|WHERE|AND|OR|JOIN|LEFT|ORDER|GROUP|SET|VALUES|ON|CASE)\b")
WORD = re.compile(r"[A-Za-z]{2,}")
# Never for people: one lower-case word (codes, wire names, JSON keys, field names, userData) and date or
# time formats.
TECHNICAL = re.compile(r"^([a-z][a-z0-9_.-]*|[dMyHhmsz/:. T-]+)$")


def strip_comments(src):
    """Returns the source with comments blanked (newlines kept) and the list of string literals as
    (start, end, text) in that source."""
    out, lits = [], []
    i, n = 0, len(src)
    while i < n:
        c = src[i]
        if src.startswith("//", i):
            j = src.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif src.startswith("/*", i):
            j = src.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", src[i:j]))
            i = j
        elif src.startswith('R"', i) and re.match(r'R"([^(\s]*)\(', src[i:]):
            delim = re.match(r'R"([^(\s]*)\(', src[i:]).group(1)
            end = src.find(")" + delim + '"', i)
            end = n if end < 0 else end + len(delim) + 2
            lits.append((i, end, src[i + 3 + len(delim):end - 2 - len(delim)]))
            out.append(src[i:end])
            i = end
        elif c == '"':
            j = i + 1
            while j < n and src[j] != '"':
                j += 2 if src[j] == "\\" else 1
            j = min(j + 1, n)
            lits.append((i, j, src[i + 1:j - 1]))
            out.append(src[i:j])
            i = j
        elif c == "'":
            j = i + 1
            while j < n and src[j] != "'":
                j += 2 if src[j] == "\\" else 1
            out.append(src[i:j + 1])
            i = j + 1
        else:
            out.append(c)
            i += 1
    return "".join(out), lits


def call_spans(code, names):
    """(open_paren, close_paren) of every call to one of `names`."""
    spans = []
    for m in re.finditer(r"\b(%s)\s*\(" % "|".join(map(re.escape, names)), code):
        start = m.end() - 1
        depth, k = 0, start
        in_str = False
        while k < len(code):
            ch = code[k]
            if in_str:
                if ch == "\\":
                    k += 1
                elif ch == '"':
                    in_str = False
            elif ch == '"':
                in_str = True
            elif ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
                if depth == 0:
                    break
            k += 1
        spans.append((start, k, m.group(1)))
    return spans


def inside(pos, spans):
    return any(a < pos < b for a, b, _ in spans)


def load_allow(path):
    rules = []
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if not line.strip() or line.lstrip().startswith("#"):
                    continue
                glob, _, rx = line.partition("\t")
                rx = rx.split("\t#", 1)[0]
                rules.append((glob.strip(), re.compile(rx)))
    return rules


def allowed(rel, text, rules):
    return any(fnmatch.fnmatch(rel, g) and r.search(text) for g, r in rules)


def looks_visible(text):
    return bool(WORD.search(text.replace("\\n", " "))) and not TECHNICAL.match(text)


def looks_like_sentence(text):
    t = text.replace("\\n", " ").strip()
    words = WORD.findall(t)
    if len(words) < 3 or SQL.match(t) or "\\\\" in t:
        return False
    if re.search(r"[_/{}<>=]|::|\.\w+\(|%[sdf]", t) and not re.search(r"</?(b|i|p|br)\b", t):
        return False
    return bool(re.match(r"[A-Z][a-z]", t)) or t.endswith((".", "!", "?", ":", "…"))


def scan_file(path, rel, rules):
    with open(path, encoding="utf-8") as f:
        src = f.read()
    code, lits = strip_comments(src)
    tr_spans = call_spans(code, TR_WRAPPERS)
    visible_spans = call_spans(code, VISIBLE_CALLS)
    ctor_spans = [s for s in call_spans(code, VISIBLE_CTORS)
                  if re.search(r"(new\s+|\b)%s\s*\($" % s[2], code[max(0, s[0] - 40):s[0] + 1])]
    hits = []
    for start, end, text in lits:
        if inside(start, tr_spans) or not looks_visible(text):
            continue
        line_no = code.count("\n", 0, start) + 1
        line = code.splitlines()[line_no - 1] if code else ""
        if re.match(r"\s*#\s*include", line):
            continue
        shown = inside(start, visible_spans) or inside(start, ctor_spans)
        if not shown:
            if SKIP_LINE.search(line) or not looks_like_sentence(text):
                continue
            # exceptions and asserts with technical texts are not shown as written
            if re.search(r"throw\s+\w*Error\(|std::runtime_error|qFatal", line):
                continue
        if allowed(rel, text, rules):
            continue
        hits.append((line_no, text))
    return hits


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--root", default=ROOT)
    ap.add_argument("--allow", default=os.path.join(HERE, "tr_allowlist.txt"))
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args()
    rules = load_allow(a.allow)
    total, files = 0, 0
    for d in DIRS:
        for dirpath, _, names in os.walk(os.path.join(a.root, d)):
            for name in sorted(names):
                if not name.endswith((".cpp", ".h")):
                    continue
                path = os.path.join(dirpath, name)
                rel = os.path.relpath(path, a.root)
                files += 1
                for line_no, text in scan_file(path, rel, rules):
                    print("%s:%d: text escapes tr(): \"%s\"" % (rel, line_no, text))
                    total += 1
    print("%d file(s) scanned, %d user-visible text(s) outside tr()" % (files, total))
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
