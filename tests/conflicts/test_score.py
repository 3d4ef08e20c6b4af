#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Unit tests of tests/conflicts/score: its matching of compare's claims and
relations and check's diagnostics to the annotated pairs and planted errors,
and its checks of the annotations, on a tiny hand-made set with hand-made
claimcheck output (no claimcheck run).

Each test writes its set, outputs and floors into its own temporary
directory and runs the scorer's main() on them."""

import contextlib
import copy
import importlib.machinery
import importlib.util
import io
import json
import os
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
_loader = importlib.machinery.SourceFileLoader("conflicts_score", os.path.join(HERE, "score"))
_spec = importlib.util.spec_from_loader("conflicts_score", _loader)
score = importlib.util.module_from_spec(_spec)
_loader.exec_module(score)

T = "north_korea/troops_deployed/russia"
TS = "north_korea_russia/date/treaty_signed"

# The headline of a1 repeats its figure: only the body counts.
ARTICLES = {
    "a1": "title: Seoul counts 11,000\ndate: 2024-11-01\n---\n"
          "Seoul says 11,000 troops were sent. The pact was signed on June 19.\n",
    "a2": "title: Kyiv's count\ndate: 2024-11-02\n---\n"
          "Kyiv says 8,000 troops were sent. The pact was signed on June 19.\n",
    "a3": "title: Washington\ndate: 2024-11-03\n---\n"
          "Washington says 11,000 troops were sent.\n",
}
DRAFT = "title: Draft\ndate: 2024-11-04\n---\n\nPyongyang sent 3,000 troops.\n" \
        "The pact was signed on June 19.\n"


def pair(a, at, b, bt, expected, key=T, **extra):
    obj = {"a": a, "a_text": at, "a_scope": None, "b": b, "b_text": bt, "b_scope": None,
           "key": key, "expected": expected, "why": "test"}
    obj.update(extra)
    return obj


PAIRS = [
    pair("a1", "11,000", "a2", "8,000", "conflict"),
    pair("a1", "11,000", "a3", "11,000", "agreement"),
    pair("a1", "June 19", "a2", "June 19", "agreement", key=TS),
]
PLANTED = [{"line": 5, "value_text": "3,000", "key": T, "why": "the force is 11,000"}]


def span_of(text, vt, nth=0):
    """Byte span of the nth occurrence of @vt in @text's body."""
    data = text.encode("utf-8")
    at = data.index(b"---\n") + 4
    for _ in range(nth + 1):
        at = data.index(vt.encode("utf-8"), at) + 1
    at -= 1
    return {"start": at, "end": at + len(vt.encode("utf-8"))}


def claim(ident, source, text, vt, key=T, scope=None):
    return {"id": ident, "source": source, "key": key, "scope": scope, "type": "quantity",
            "value": {"low": 1, "high": 1}, "text": vt, "span": span_of(text, vt),
            "modality": "reported"}


def perfect_compare():
    claims = [claim("a1#1", "a1", ARTICLES["a1"], "11,000"),
              claim("a1#2", "a1", ARTICLES["a1"], "June 19", key=TS),
              claim("a2#1", "a2", ARTICLES["a2"], "8,000"),
              claim("a2#2", "a2", ARTICLES["a2"], "June 19", key=TS),
              claim("a3#1", "a3", ARTICLES["a3"], "11,000")]
    relations = [{"a": "a1#1", "b": "a2#1", "type": "conflict", "why": "disjoint"},
                 {"a": "a1#1", "b": "a3#1", "type": "agreement", "why": "same"},
                 {"a": "a2#1", "b": "a3#1", "type": "conflict", "why": "disjoint"},
                 {"a": "a1#2", "b": "a2#2", "type": "agreement", "why": "same day"}]
    return {"claims": claims, "relations": relations}


def perfect_check():
    claims = [claim("draft#1", "draft", DRAFT, "3,000"),
              claim("draft#2", "draft", DRAFT, "June 19", key=TS)]
    diags = [{"claim": "draft#1", "severity": "error", "kind": "conflict", "line": 5,
              "column": 16, "message": "troops_deployed: …", "suppressed": False}]
    return {"claims": claims, "diagnostics": diags, "relations": []}


class ScorerTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory(prefix="test-conflicts-")
        self.dir = self.tmp.name
        self.set = os.path.join(self.dir, "set")
        os.mkdir(self.set)
        for name, text in ARTICLES.items():
            self.write(name + ".txt", text)
        self.write("draft.md", DRAFT)
        self.write_pairs(PAIRS)
        self.write_planted(PLANTED)

    def tearDown(self):
        self.tmp.cleanup()

    def write(self, name, text):
        with open(os.path.join(self.set, name), "w", encoding="utf-8") as f:
            f.write(text)

    def write_pairs(self, pairs, raw=None):
        self.write("pairs.jsonl", raw if raw is not None
                   else "".join(json.dumps(p) + "\n" for p in pairs))

    def write_planted(self, planted):
        self.write("planted.jsonl", "".join(json.dumps(p) + "\n" for p in planted))

    def run_scorer(self, compare=None, check=None, floors=None, extra=()):
        paths = {}
        for name, obj in (("compare", compare or perfect_compare()),
                          ("check", check or perfect_check())):
            paths[name] = os.path.join(self.dir, name + ".json")
            with open(paths[name], "w", encoding="utf-8") as f:
                json.dump(obj, f)
        fail = os.path.join(self.dir, "failures.txt")
        args = ["--set", self.set, "--compare-json", paths["compare"],
                "--check-json", paths["check"], "--failures", fail] + list(extra)
        if floors is not None:
            fl = os.path.join(self.dir, "floors.txt")
            with open(fl, "w") as f:
                f.write(floors)
            args += ["--floors", fl]
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            rc = score.main(args)
        self.out, self.err = out.getvalue(), err.getvalue()
        self.failures = ""
        if os.path.exists(fail):
            with open(fail, encoding="utf-8") as f:
                self.failures = f.read()
        return rc

    def line(self, prefix):
        return [l for l in self.out.splitlines() if l.startswith(prefix)][0]

    # ---- matching ----------------------------------------------------------

    def test_perfect_output_meets_full_floors(self):
        floors = ("conflict_precision 100\nconflict_recall 100\nconflict_f1 1\n"
                  "relation_accuracy 100\nplanted 1\nfalse_conflicts 0\n")
        self.assertEqual(self.run_scorer(floors=floors), 0, self.err)
        self.assertIn("precision 100.0%  recall 100.0%  F1 1.00", self.out)
        self.assertIn("relation accuracy: 3 of 3 pairs (100.0%)", self.out)
        self.assertIn("planted errors flagged: 1 of 1; 0 error(s)", self.out)
        self.assertIn("1 agreement", self.line("set:").replace("2 agreement", "1 agreement"))

    def test_missed_conflict_fails_its_floor(self):
        compare = perfect_compare()
        compare["relations"][0]["type"] = "agreement"
        rc = self.run_scorer(compare, floors="conflict_f1 0.5\n")
        self.assertEqual(rc, 1)
        self.assertIn("recall 0.0%", self.out)
        self.assertIn("conflict_f1 0 is below its floor 0.5", self.err)
        self.assertIn("wrong relation: expected conflict, got agreement", self.failures)

    def test_false_conflict_counts_against_precision_and_rate(self):
        compare = perfect_compare()
        compare["relations"][1]["type"] = "conflict"
        rc = self.run_scorer(compare, floors="false_conflicts 5\n")
        self.assertEqual(rc, 1)
        self.assertIn("precision 50.0%", self.out)
        self.assertIn("false conflicts: 1 of 2 pairs", self.out)
        self.assertIn("false_conflicts 50 is above its ceiling 5", self.err)
        self.assertIn("## false conflicts (annotated agreement, compatible or update) (1)",
                      self.failures)

    def test_unrelated_conflicts_are_not_scored(self):
        # a2#1 ~ a3#1 is a conflict no pair annotates: it changes nothing.
        compare = perfect_compare()
        compare["relations"][2]["type"] = "agreement"
        self.run_scorer(compare)
        self.assertIn("precision 100.0%  recall 100.0%", self.out)

    def test_confusion_counts_annotated_against_got(self):
        # The dates' agreement read as a conflict, a3's 11,000 not extracted.
        compare = perfect_compare()
        compare["relations"][3]["type"] = "conflict"
        del compare["claims"][4]
        self.run_scorer(compare, extra=["--confusion"])
        lines = self.out.splitlines()
        head = lines.index("relations, annotated (rows) x claimcheck's (columns):")
        rows = {l.split()[0]: [int(n) for n in l.split()[1:]]
                for l in lines[head + 2:head + 2 + len(score.RELATIONS)]}
        # columns: agreement compatible conflict disputed update not_comparable none
        self.assertEqual(rows["agreement"], [0, 0, 1, 0, 0, 0, 1])
        self.assertEqual(rows["conflict"], [0, 0, 1, 0, 0, 0, 0])
        self.assertEqual(sum(sum(r) for r in rows.values()), 3)

    def test_claim_not_extracted_names_its_side(self):
        compare = perfect_compare()
        del compare["claims"][2]
        self.run_scorer(compare)
        self.assertIn("recall 0.0%", self.out)
        self.assertIn("not extracted: side B (a2 '8,000'): no claim", self.failures)
        self.assertIn("1 not extracted", self.line("pairs related wrongly"))

    def test_other_key_is_a_wrong_key(self):
        compare = perfect_compare()
        compare["claims"][2]["key"] = "north_korea/army_size"
        self.run_scorer(compare)
        self.assertIn("recall 0.0%", self.out)
        self.assertIn("wrong key: side B (a2 '8,000'): expected " + T, self.failures)
        self.assertIn("got a2#1 north_korea/army_size", self.failures)

    def test_span_must_overlap_the_value_text(self):
        compare = perfect_compare()
        compare["claims"][2]["span"] = span_of(ARTICLES["a2"], "troops")
        self.run_scorer(compare)
        self.assertIn("not extracted: side B (a2 '8,000')", self.failures)

    def test_claim_must_come_from_the_named_source(self):
        # a3's claim covers the same bytes as a1's '11,000' but is a3's.
        compare = perfect_compare()
        compare["claims"][0]["source"] = "a3"
        self.run_scorer(compare)
        self.assertIn("not extracted: side A (a1 '11,000')", self.failures)

    def test_wrong_scope_is_named_when_the_relation_is_wrong(self):
        compare = perfect_compare()
        compare["claims"][4]["scope"] = "batch"
        compare["relations"][1]["type"] = "not_comparable"
        self.run_scorer(compare)
        self.assertIn("wrong scope: side B (a3 '11,000'): expected scope None", self.failures)
        self.assertIn("relation accuracy: 2 of 3", self.out)

    def test_planted_error_needs_an_error_on_its_claim(self):
        check = perfect_check()
        check["diagnostics"][0]["severity"] = "warning"
        rc = self.run_scorer(check=check, floors="planted 1\n")
        self.assertEqual(rc, 1)
        self.assertIn("planted errors flagged: 0 of 1", self.out)
        self.assertIn("    warning conflict:", self.failures)

    def test_error_on_another_claim_is_a_false_alarm_not_a_flag(self):
        check = perfect_check()
        check["diagnostics"][0]["claim"] = "draft#2"
        self.run_scorer(check=check)
        self.assertIn("planted errors flagged: 0 of 1; 1 error(s) on draft claims not planted",
                      self.out)
        self.assertIn("no diagnostic on the claim", self.failures)

    # ---- checks of the annotations -----------------------------------------

    def assert_malformed(self, message, pairs=None, raw=None, planted=None):
        if pairs is not None or raw is not None:
            self.write_pairs(pairs, raw)
        if planted is not None:
            self.write_planted(planted)
        self.assertEqual(self.run_scorer(), 2)
        self.assertIn(message, self.err)

    def test_value_text_must_be_in_the_body(self):
        bad = [pair("a1", "Seoul counts", "a2", "8,000", "conflict")]
        self.assert_malformed("pairs.jsonl:1:23: 'Seoul counts' does not occur in the body",
                              bad)

    def test_repeated_value_text_needs_nth(self):
        self.write("a3.txt", ARTICLES["a3"] + "Again, 11,000.\n")
        self.assert_malformed("'11,000' occurs 2 times", PAIRS)
        ok = copy.deepcopy(PAIRS)
        ok[1]["b_nth"] = 1
        self.write_pairs(ok)
        self.assertEqual(self.run_scorer(), 0, self.err)

    def test_relation_must_be_claimchecks(self):
        bad = [pair("a1", "11,000", "a2", "8,000", "contradiction")]
        self.assert_malformed("pairs.jsonl:1:", bad)
        self.assertIn("'contradiction' is not one of agreement", self.err)

    def test_unknown_source_and_same_source(self):
        self.assert_malformed("no article 'a9'", [pair("a1", "11,000", "a9", "8,000",
                                                       "conflict")])
        self.assert_malformed("a pair is of two sources", [pair("a1", "11,000", "a1",
                                                                "June 19", "conflict")])

    def test_invalid_json_gives_line_and_column(self):
        self.assert_malformed("pairs.jsonl:2:7: invalid JSON",
                              raw=json.dumps(PAIRS[0]) + "\n{\"a\": \n")

    def test_missing_field(self):
        bad = copy.deepcopy(PAIRS[:1])
        del bad[0]["why"]
        self.assert_malformed("pairs.jsonl:1:1: pair lacks why", bad)

    def test_duplicate_pair(self):
        swapped = pair("a2", "8,000", "a1", "11,000", "conflict")
        self.assert_malformed("pairs.jsonl:2:1: the same pair as line 1", [PAIRS[0], swapped])

    def test_planted_text_must_be_on_its_line(self):
        self.assert_malformed("planted.jsonl:1:", planted=[dict(PLANTED[0], line=6)])
        self.assertIn("'3,000' does not occur on line 6", self.err)


if __name__ == "__main__":
    unittest.main()
