#!/usr/bin/env python3
"""Tooling for the Qt Linguist files in translations/ (see docs/translations.md).

  ts_tool.py export  LANG [--size N] [--out DIR]   unfinished messages -> DIR/LANG-NNN.tsv batches
  ts_tool.py merge   LANG FILE...                   translated batches (id<TAB>translation) -> .ts
  ts_tool.py check   [TS...]                        exit 1 on unfinished/empty messages, changed %N
                                                    placeholders or & accelerators, missing RTL for ur
  ts_tool.py stats   [TS...]                        finished/total per file
  ts_tool.py bidi    LANG                           set %N apart with Unicode isolates (merge does this
                                                    for right-to-left languages)

A batch file holds one unfinished source text per line: `id<TAB>source`. Newlines and tabs inside a
text are written as \\n and \\t. Texts that occur in several contexts are exported once and the
translation is applied to every occurrence. Numerus messages (tr(..., n)) are exported with a `#N` after
the id, N being the number of plural forms the language needs; the translation line then holds the forms
separated by ` || `.
Translate a batch by writing `id<TAB>translation` lines (same escapes) into any file and merge it.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
TS_DIR = os.path.dirname(HERE)
PLURAL_FORMS = {"pl": 3, "ur": 2, "en": 2}
RTL_LANGS = {"ur", "ar", "fa", "he"}
PLACEHOLDER = re.compile(r"%(?:L?\d{1,2}|n|Ln)")


def ts_path(lang):
    return os.path.join(TS_DIR, "techmates_%s.ts" % lang)


def lang_of(path):
    m = re.search(r"_([a-z]{2,3})(?:_[A-Z]{2})?\.ts$", path)
    return m.group(1) if m else ""


def esc(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def unesc(s):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == "\\" and i + 1 < len(s):
            n = s[i + 1]
            out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(n, "\\" + n))
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def messages(tree):
    for ctx in tree.getroot().findall("context"):
        name = ctx.findtext("name")
        for m in ctx.findall("message"):
            yield name, m


def key(m):
    src = m.findtext("source") or ""
    com = m.findtext("comment") or ""
    return (src, com, m.get("numerus") == "yes")


def is_finished(m):
    tr = m.find("translation")
    if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    if m.get("numerus") == "yes":
        forms = tr.findall("numerusform")
        return bool(forms) and all((f.text or "").strip() for f in forms)
    return bool((tr.text or "").strip())


def lconvert():
    for cand in (os.environ.get("LCONVERT"), "/usr/lib/qt6/bin/lconvert", "lconvert"):
        if cand and (os.path.isabs(cand) and os.path.exists(cand) or shutil.which(cand)):
            return cand
    return None


def write(tree, path):
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(body)
        f.write("\n")
    # lconvert writes the file exactly as lupdate does, so merges and lupdate runs give small diffs.
    tool = lconvert()
    if tool:
        subprocess.run([tool, "-i", path, "-o", path], check=True)
    else:
        print("warning: lconvert not found; %s is not in lupdate's layout" % path, file=sys.stderr)


def cmd_export(a):
    path = ts_path(a.lang)
    tree = ET.parse(path)
    seen, rows = {}, []
    for ctxname, m in messages(tree):
        if is_finished(m):
            continue
        k = key(m)
        if k in seen:
            continue
        seen[k] = len(rows)
        rows.append(k)
    os.makedirs(a.out, exist_ok=True)
    forms = PLURAL_FORMS.get(a.lang, 2)
    index = []
    for b in range(0, len(rows), a.size):
        name = os.path.join(a.out, "%s-%03d.tsv" % (a.lang, b // a.size + 1))
        with open(name, "w", encoding="utf-8") as f:
            for i, (src, com, num) in enumerate(rows[b:b + a.size], start=b + 1):
                tag = "%d#%d" % (i, forms) if num else str(i)
                note = ("  [[%s]]" % esc(com)) if com else ""
                f.write("%s\t%s%s\n" % (tag, esc(src), note))
        index.append(name)
    with open(os.path.join(a.out, "%s-index.json" % a.lang), "w", encoding="utf-8") as f:
        json.dump([list(r) for r in rows], f, ensure_ascii=False)
    print("%d unfinished texts in %d batch(es) under %s" % (len(rows), len(index), a.out))


ACCEL = re.compile(r"&(?!&)(?!#?\w+;)(\w)")  # not an HTML entity such as &nbsp;


def accelerator(s):
    m = ACCEL.search((s or "").replace("&&", ""))
    return m.group(1).lower() if m else None


def keep_accelerator(src, text):
    """Gives the translation the source's Alt+letter, so shortcuts (and messages such as "press Alt+K to
    book") are the same in every language: the letter is marked inside the translation when it has it
    (at the start of a word if it can), else appended as " (&K)", as Qt's CJK translations do."""
    key = accelerator(src)
    if not key:
        return text
    plain = re.sub(r"&(?!&)(?!#?\w+;)", "", text.replace("&&", "\0")).replace("\0", "&&")
    plain = re.sub(r"\s*\(\w\)$", "", plain) if re.search(r"\((\w)\)$", plain) else plain
    ellipsis = ""
    for tail in ("…", ":"):
        if plain.endswith(tail):
            ellipsis = tail
            plain = plain[: -len(tail)]
            break
    starts = [m.start() for m in re.finditer(r"\b" + re.escape(key), plain, re.I)]
    anywhere = [m.start() for m in re.finditer(re.escape(key), plain, re.I)]
    pos = (starts or anywhere or [None])[0]
    if pos is not None and plain[pos].isascii():
        return plain[:pos] + "&" + plain[pos:] + ellipsis
    return plain + " (&" + key.upper() + ")" + ellipsis


FSI, PDI = "\u2068", "\u2069"
ISOLATE_RX = re.compile(r"(?<!\u2068)(%L?\d{1,2})(?!\u2069)")


def needs_isolates(lang, context, source):
    """Right-to-left translations set each %N apart with Unicode isolates (FSI … PDI) so that a path, tag,
    date or English name inside an Urdu sentence keeps its own order and does not drag the punctuation
    around it ("tmp/x.db/" instead of "/tmp/x.db"). Not for the terminal (CLI) or for file names."""
    return (lang in RTL_LANGS and context != "Cli" and " " in source.strip()
            and not re.search(r"\.(pdf|csv|json|txt|png)$", source))


def isolate(text):
    return ISOLATE_RX.sub(FSI + r"\1" + PDI, text)


def apply_isolates(tree, lang):
    changed = 0
    for ctxname, m in messages(tree):
        if not needs_isolates(lang, ctxname, m.findtext("source") or ""):
            continue
        tr = m.find("translation")
        for node in (tr.findall("numerusform") or [tr]):
            if node.text and ISOLATE_RX.search(node.text):
                node.text = isolate(node.text)
                changed += 1
    return changed


def cmd_bidi(a):
    path = ts_path(a.lang)
    tree = ET.parse(path)
    n = apply_isolates(tree, a.lang)
    write(tree, path)
    print("isolated the placeholders of %d translation(s) in %s" % (n, path))


def cmd_merge(a):
    path = ts_path(a.lang)
    tree = ET.parse(path)
    with open(os.path.join(a.out, "%s-index.json" % a.lang), encoding="utf-8") as f:
        rows = [tuple(r) for r in json.load(f)]
    done = {}
    for fn in a.files:
        with open(fn, encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                line = line.rstrip("\r\n")
                if not line.strip():
                    continue
                if "\t" not in line:
                    sys.exit("%s:%d: no tab between id and translation" % (fn, ln))
                ident, text = line.split("\t", 1)
                ident = int(ident.split("#")[0])
                done[rows[ident - 1]] = unesc(text)
    applied = 0
    for ctxname, m in messages(tree):
        k = key(m)
        if k not in done:
            continue
        text = done[k]
        if k[2]:
            text = " || ".join(keep_accelerator(k[0], t) for t in text.split(" || "))
        else:
            text = keep_accelerator(k[0], text)
        tr = m.find("translation")
        for child in list(tr):
            tr.remove(child)
        tr.text = None
        if k[2]:
            for form in text.split(" || "):
                ET.SubElement(tr, "numerusform").text = form
        else:
            tr.text = text
        if "type" in tr.attrib:
            del tr.attrib["type"]
        applied += 1
    apply_isolates(tree, a.lang)
    write(tree, path)
    print("merged %d texts into %d messages of %s" % (len(done), applied, path))


def placeholders(s):
    return sorted(PLACEHOLDER.findall(s or ""))


def accel_count(s):
    return len(ACCEL.findall((s or "").replace("&&", "")))


def check_file(path):
    problems = []
    tree = ET.parse(path)
    lang = lang_of(path)
    total = 0
    for ctxname, m in messages(tree):
        total += 1
        src = m.findtext("source") or ""
        where = "%s: [%s] %r" % (os.path.basename(path), ctxname, src[:70])
        if not is_finished(m):
            problems.append("%s: not translated" % where)
            continue
        tr = m.find("translation")
        texts = [f.text or "" for f in tr.findall("numerusform")] if m.get("numerus") == "yes" else [tr.text or ""]
        if m.get("numerus") == "yes" and len(texts) != PLURAL_FORMS.get(lang, len(texts)):
            problems.append("%s: %d plural forms, %s needs %d" % (where, len(texts), lang, PLURAL_FORMS[lang]))
        want = [p for p in placeholders(src) if p not in ("%n", "%Ln")]
        for t in texts:
            got = [p for p in placeholders(t) if p not in ("%n", "%Ln")]
            if sorted(set(got)) != sorted(set(want)):
                problems.append("%s: placeholders %s in the source but %s in %r" % (where, want, got, t[:70]))
            if accel_count(src) != accel_count(t) or accelerator(src) != accelerator(t):
                problems.append("%s: the source's Alt+%s is Alt+%s in %r" % (where, accelerator(src), accelerator(t), t[:70]))
            if needs_isolates(lang, ctxname, src) and ISOLATE_RX.search(t):
                problems.append("%s: a placeholder is not set apart with FSI/PDI for right to left in %r" % (where, t[:70]))
            if src.startswith("<") != t.startswith("<") or src.count("<b>") != t.count("<b>"):
                problems.append("%s: markup differs in %r" % (where, t[:70]))
    if lang in RTL_LANGS:
        rtl = [m for c, m in messages(tree) if c == "QGuiApplication" and m.findtext("source") == "QT_LAYOUT_DIRECTION"]
        if not rtl or rtl[0].findtext("translation") != "RTL":
            problems.append("%s: QT_LAYOUT_DIRECTION is not translated to RTL" % os.path.basename(path))
    return total, problems


def default_files():
    return sorted(os.path.join(TS_DIR, f) for f in os.listdir(TS_DIR) if f.endswith(".ts"))


def cmd_check(a):
    files = a.files or default_files()
    bad = 0
    for p in files:
        total, problems = check_file(p)
        for pr in problems:
            print(pr)
        bad += len(problems)
        print("%s: %d messages, %d problem(s)" % (os.path.basename(p), total, len(problems)))
    return 1 if bad or not files else 0


def cmd_stats(a):
    for p in a.files or default_files():
        tree = ET.parse(p)
        ms = [m for c, m in messages(tree)]
        print("%s: %d/%d finished" % (os.path.basename(p), sum(is_finished(m) for m in ms), len(ms)))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    e = sub.add_parser("export")
    e.add_argument("lang")
    e.add_argument("--size", type=int, default=150)
    e.add_argument("--out", default="/tmp/techmates-ts")
    m = sub.add_parser("merge")
    m.add_argument("lang")
    m.add_argument("files", nargs="+")
    m.add_argument("--out", default="/tmp/techmates-ts")
    c = sub.add_parser("check")
    c.add_argument("files", nargs="*")
    b = sub.add_parser("bidi")
    b.add_argument("lang")
    s = sub.add_parser("stats")
    s.add_argument("files", nargs="*")
    a = ap.parse_args()
    return {"export": cmd_export, "merge": cmd_merge, "check": cmd_check, "stats": cmd_stats, "bidi": cmd_bidi}[a.cmd](a) or 0


if __name__ == "__main__":
    sys.exit(main())
