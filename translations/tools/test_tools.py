#!/usr/bin/env python3
"""Self-test of check_tr.py and ts_tool.py on fixtures in tests/data, so a broken checker cannot pass
silently (run by CTest as TranslationToolsSelfTest)."""
import os
import subprocess
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)

import ts_tool  # noqa: E402


class CheckTrTest(unittest.TestCase):
    def test_finds_every_escape_and_nothing_else(self):
        fixture = os.path.join(ROOT, "tests", "data", "tr_escapes")
        run = subprocess.run([sys.executable, os.path.join(HERE, "check_tr.py"), "--root", fixture,
                              "--allow", os.devnull], capture_output=True, text=True)
        self.assertEqual(run.returncode, 1, run.stdout + run.stderr)
        hits = [l for l in run.stdout.splitlines() if "escapes tr()" in l]
        with open(os.path.join(fixture, "ui", "Escapes.cpp"), encoding="utf-8") as f:
            expected = [n for n, line in enumerate(f, 1) if line.rstrip().endswith("// ESCAPE")]
        found = sorted(int(h.split(":")[1]) for h in hits)
        self.assertEqual(found, expected, run.stdout)

    def test_sources_are_clean(self):
        run = subprocess.run([sys.executable, os.path.join(HERE, "check_tr.py")], capture_output=True, text=True)
        self.assertEqual(run.returncode, 0, run.stdout)


class TsToolTest(unittest.TestCase):
    def test_reports_unfinished_placeholders_shortcuts_and_direction(self):
        total, problems = ts_tool.check_file(os.path.join(ROOT, "tests", "data", "ts", "techmates_ur.ts"))
        self.assertEqual(total, 4)
        text = "\n".join(problems)
        self.assertIn("'Due %1': placeholders", text)
        self.assertIn("'&Lock': the source's Alt+l", text)
        self.assertIn("'Not done yet': not translated", text)
        self.assertIn("QT_LAYOUT_DIRECTION is not translated to RTL", text)
        self.assertNotIn("Fine", text)
        self.assertEqual(len(problems), 4, text)

    def test_keeps_the_english_shortcut(self):
        self.assertEqual(ts_tool.keep_accelerator("Boo&k with selected", "Za&rezerwuj z wybranym"),
                         "Zarezerwuj z wybranym (&K)")
        self.assertEqual(ts_tool.keep_accelerator("Tick &all", "Zaznacz &wszystkie"), "Z&aznacz wszystkie")
        self.assertEqual(ts_tool.keep_accelerator("&File:", "&فائل:"), "فائل (&F):")
        self.assertEqual(ts_tool.keep_accelerator("A&&B &nbsp;", "A&&B &nbsp;"), "A&&B &nbsp;")

    def test_the_real_files_are_complete(self):
        for lang in ("pl", "ur"):
            total, problems = ts_tool.check_file(ts_tool.ts_path(lang))
            self.assertGreater(total, 2000)
            self.assertEqual(problems, [], lang)


if __name__ == "__main__":
    unittest.main()
