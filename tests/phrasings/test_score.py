#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Unit tests of tests/phrasings/score: its matching and its checks of the
bank, on a tiny hand-made bank and hand-made records (no claimcheck run).

Each test writes its bank, records and floors into its own temporary
directory and runs the scorer's main() on them."""

import contextlib
import importlib.machinery
import importlib.util
import io
import json
import os
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
_loader = importlib.machinery.SourceFileLoader("phrasings_score", os.path.join(HERE, "score"))
_spec = importlib.util.spec_from_loader("phrasings_score", _loader)
score = importlib.util.module_from_spec(_spec)
_loader.exec_module(score)

T = "north_korea/troops_deployed/russia"


def claim(vt, low, high, key=T, unit="person", scope=None, modality="reported",
          attribution="the agency", as_of="2024-10-23", type="quantity"):
    return {"key": key, "scope": scope, "type": type, "value_text": vt, "low": low,
            "high": high, "unit": unit, "approx": False, "modality": modality,
            "attribution": attribution, "as_of": as_of}


def line(ident, text, claims, headline=None, context=(), distractor=None):
    obj = {"id": ident, "date": "2024-10-23", "headline": headline, "context": list(context),
           "text": text, "construction": "test:" + ident, "claims": claims}
    if distractor:
        obj["distractor"] = distractor
    return obj


# troops-001: one claim; troops-002: two claims sharing a value_text, the
# sentence after a headline and a context paragraph; troops-003: a distractor.
BANK = [
    line("troops-001", "North Korea has sent 1,500 more soldiers, the agency said.",
         [claim("1,500", 1500, 1500, scope="batch")]),
    line("troops-002", "Another 1,500 arrived, then 1,500 more, the agency said.",
         [claim("1,500", 1500, 1500, scope="batch"), claim("1,500", 1500, 1500, scope="batch")],
         headline="Pyongyang sends 3,000 troops", context=["Seoul's agency briefed lawmakers."]),
    line("troops-003", "The 11th Corps has 40,000 men.", [], distractor="a corps at home"),
]


def record(ident, entry, vt, nth=0, key=T, unit="person", low=None, high=None, **extra):
    """A record whose span is the nth occurrence of @vt in @entry's text."""
    _, start, _ = score.build_document(entry)
    at = -1
    for _ in range(nth + 1):
        at = entry["text"].index(vt, at + 1)
    b = start + len(entry["text"][:at].encode("utf-8"))
    rec = {"id": ident, "file": entry["id"], "source": entry["id"], "type": "quantity",
           "key": key, "predicate": key.split("/")[1] if key else "value",
           "value": {"low": low, "high": high, "unit": unit},
           "text": vt, "span": {"start": b, "end": b + len(vt.encode("utf-8"))},
           "modality": "reported", "attribution": "the agency", "as_of": "2024-10-23",
           "scope": "batch"}
    rec.update(extra)
    return rec


def perfect_records():
    return [record("1#1", BANK[0], "1,500", low=1500, high=1500),
            record("2#1", BANK[1], "1,500", 0, low=1500, high=1500),
            record("2#2", BANK[1], "1,500", 1, low=1500, high=1500)]


class ScorerTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory(prefix="test-score-")
        self.dir = self.tmp.name
        self.bank = os.path.join(self.dir, "bank")
        os.mkdir(self.bank)

    def tearDown(self):
        self.tmp.cleanup()

    def write_bank(self, lines, name="troops.jsonl", raw=None):
        with open(os.path.join(self.bank, name), "w", encoding="utf-8") as f:
            if raw is not None:
                f.write(raw)
            else:
                for obj in lines:
                    f.write(json.dumps(obj, ensure_ascii=False) + "\n")

    def run_scorer(self, records, floors=None, extra=()):
        rec_path = os.path.join(self.dir, "records.jsonl")
        with open(rec_path, "w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps(r) + "\n")
        args = ["--bank", self.bank, "--records", rec_path,
                "--failures", os.path.join(self.dir, "failures.txt")] + list(extra)
        if floors is not None:
            fl = os.path.join(self.dir, "floors.txt")
            with open(fl, "w") as f:
                f.write(floors)
            args += ["--floors", fl]
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            rc = score.main(args)
        self.out, self.err = out.getvalue(), err.getvalue()
        if os.path.exists(os.path.join(self.dir, "failures.txt")):
            with open(os.path.join(self.dir, "failures.txt"), encoding="utf-8") as f:
                self.failures = f.read()
        return rc

    def all_row(self):
        row = [l for l in self.out.splitlines() if l.startswith("all ")][0].split()
        # all lines distractors claims recall precision value modality | scope attrib as_of
        return dict(zip(("lines", "distr", "claims", "recall", "precision", "value",
                         "modality"), row[1:8]))

    # ---- matching ----------------------------------------------------------

    def test_perfect_records_pass_full_floors(self):
        self.write_bank(BANK)
        rc = self.run_scorer(perfect_records(),
                             "recall 100\nprecision 100\nvalue 100\nmodality 100\n")
        self.assertEqual(rc, 0, self.err)
        row = self.all_row()
        self.assertEqual((row["claims"], row["recall"], row["precision"]), ("3", "100.0", "100.0"))

    def test_missing_claim_fails_its_floor(self):
        self.write_bank(BANK)
        rc = self.run_scorer(perfect_records()[:2], "recall 100\n")
        self.assertEqual(rc, 1)
        self.assertEqual(self.all_row()["recall"], "66.7")
        self.assertIn("recall 66.7 is below its floor 100", self.err)
        self.assertIn("### test:troops-002 (1)", self.failures)

    def test_shared_value_text_takes_occurrences_in_order(self):
        # Two records on the first occurrence answer only the first claim.
        self.write_bank(BANK)
        recs = perfect_records()
        recs[2] = record("2#2", BANK[1], "1,500", 0, low=1500, high=1500)
        self.run_scorer(recs)
        self.assertEqual(self.all_row()["recall"], "66.7")
        self.assertEqual(self.all_row()["precision"], "66.7")

    def test_quantity_without_its_unit_is_not_found(self):
        self.write_bank(BANK)
        recs = perfect_records()
        recs[0]["value"]["unit"] = None
        self.run_scorer(recs)
        self.assertEqual(self.all_row()["recall"], "66.7")
        self.assertIn("troops-001", self.failures.split("## wrong key")[1])

    def test_other_key_is_wrong_key_not_found(self):
        self.write_bank(BANK)
        recs = perfect_records()
        recs[0] = record("1#1", BANK[0], "1,500", key="north_korea/army_size",
                         low=1500, high=1500)
        self.run_scorer(recs)
        self.assertEqual(self.all_row()["recall"], "66.7")
        self.assertEqual(self.all_row()["precision"], "66.7")
        self.assertIn("got north_korea/army_size", self.failures)

    def test_causes_count_missed_and_other_key_without_text(self):
        self.write_bank(BANK)
        recs = perfect_records()
        recs[0] = record("1#1", BANK[0], "1,500", key="north_korea/army_size",
                         low=1500, high=1500)
        self.run_scorer(recs[:2], extra=["--causes"])
        rows = {l.split()[0]: l.split()[1:] for l in self.out.split("by cause")[1].splitlines()[1:]}
        # claims, no record, other key: claim 1 on another key, claim 3 with no record
        self.assertEqual(rows["troops.jsonl"], ["3", "1", "1"])
        self.assertEqual(rows["all"], ["3", "1", "1"])
        # counts only: no sentence of the bank is printed
        for line in BANK:
            self.assertNotIn(line["text"][:30], self.out)

    def test_causes_count_records_answering_no_claim_by_rule(self):
        self.write_bank(BANK)
        recs = perfect_records() + [record("3#1", BANK[2], "40,000", low=40000, high=40000)]
        recs[-1]["rule"] = "troops_deployed.whole"
        self.run_scorer(recs, extra=["--causes"])
        table = self.out.split("records answering no claim, by rule")[1].splitlines()[1:]
        self.assertEqual(table[0].split(), ["troops_deployed.whole", "1"])
        self.assertNotIn(BANK[2]["text"][:30], self.out)

    def test_causes_say_why_a_missed_value_has_no_record(self):
        # a stand-in for claimcheck: --explain says the closest frame of
        # troops-001's 1,500 lacked its cue; --all reads the first 1,500 of
        # troops-002 as a value and nothing at its second
        entry1, entry2 = BANK[0], BANK[1]
        _, start2, _ = score.build_document(entry2)
        doc1, _, _ = score.build_document(entry1)
        line1 = doc1.count("\n", 0, doc1.index(entry1["text"])) + 1
        col1 = entry1["text"].index("1,500") + 1
        value = record("v", entry2, "1,500", 0, key=None, low=1500, high=1500)
        value["predicate"] = "value"
        fake = os.path.join(self.dir, "fake-claimcheck")
        with open(fake, "w") as f:
            f.write("#!/usr/bin/env python3\nimport sys\n"
                    "if '--explain' in sys.argv:\n"
                    f"    print('Value mentions no frame took: 1')\n"
                    f"    print('  troops-001:{line1}:{col1}: frame troops_deployed (x.rules:3): "
                    "value=\\\"1,500\\\" counts=\\\"soldiers\\\": no claim, missing cue')\n"
                    "else:\n"
                    f"    print({json.dumps(json.dumps(value))})\n")
        os.chmod(fake, 0o755)
        results = [(dict(entry1, file="troops.jsonl"),
                    {"missed": entry1["claims"], "wrong_key": [], "found": [], "spurious": []}),
                   (dict(entry2, file="troops.jsonl"),
                    {"missed": entry2["claims"], "wrong_key": [], "found": [], "spurious": []})]
        frames = {}
        rows = score.explain_misses(fake, None, results, frames)
        self.assertEqual(rows["all"], {"missing cue": 1, "value read, no frame near": 1,
                                       "no value read": 1})
        self.assertEqual(rows["troops.jsonl"], rows["all"])
        # the closest frame and the slot it lacked, counted
        self.assertEqual(frames, {"troops_deployed: missing cue": 1})

    def test_span_must_overlap_the_value_text(self):
        self.write_bank(BANK)
        recs = perfect_records()
        recs[0] = record("1#1", BANK[0], "soldiers", low=1500, high=1500)
        self.run_scorer(recs)
        self.assertEqual(self.all_row()["recall"], "66.7")

    def test_wrong_value_and_modality_are_found_but_counted(self):
        self.write_bank(BANK)
        recs = perfect_records()
        recs[0]["value"]["high"] = 1600
        recs[1]["modality"] = "hedged"
        self.run_scorer(recs, "value 100\n")
        row = self.all_row()
        self.assertEqual((row["recall"], row["value"], row["modality"]),
                         ("100.0", "66.7", "66.7"))
        self.assertIn("expected [1500, 1500] for '1,500'; got [1500, 1600]", self.failures)
        self.assertIn("expected reported; got hedged", self.failures)

    def test_distractor_record_is_a_false_positive(self):
        self.write_bank(BANK)
        recs = perfect_records() + [record("3#1", BANK[2], "40,000", low=40000, high=40000)]
        rc = self.run_scorer(recs, "precision 100\n")
        self.assertEqual(rc, 1)
        self.assertEqual(self.all_row()["precision"], "75.0")
        self.assertIn("(distractor: a corps at home)", self.failures)

    def test_generic_and_context_records_are_not_scored(self):
        self.write_bank(BANK)
        generic = record("3#1", BANK[2], "40,000", key=None, unit=None, low=40000, high=40000)
        generic["predicate"] = "value"
        # a record in troops-002's headline: before the scored sentence
        in_headline = dict(record("2#9", BANK[1], "1,500", low=1500, high=1500))
        in_headline["span"] = {"start": 30, "end": 35}
        self.run_scorer(perfect_records() + [generic, in_headline])
        self.assertEqual(self.all_row()["precision"], "100.0")

    def test_documents_put_the_sentence_after_headline_and_context(self):
        doc, start, end = score.build_document(BANK[1])
        self.assertTrue(doc.startswith("title: Pyongyang sends 3,000 troops\ndate: 2024-10-23\n---\n"))
        self.assertEqual(doc.encode("utf-8")[start:end].decode("utf-8"), BANK[1]["text"])
        self.assertIn("Seoul's agency briefed lawmakers.\n\n" + BANK[1]["text"], doc)

    def test_a_files_floor_holds_that_file(self):
        self.write_bank(BANK)
        other = line("events-001", "Pyongyang sent 2,000 troops.", [claim("2,000", 2000, 2000)])
        self.write_bank([other], name="events.jsonl")
        rc = self.run_scorer(perfect_records(), "troops.jsonl recall 100\n")
        self.assertEqual(rc, 0, self.err)
        rc = self.run_scorer(perfect_records(), "events.jsonl recall 0.1\n")
        self.assertEqual(rc, 1)
        self.assertIn("events.jsonl recall 0.0 is below its floor 0.1", self.err)
        rc = self.run_scorer(perfect_records(), "munitions.jsonl recall 10\n")
        self.assertEqual(rc, 1)
        self.assertIn("munitions.jsonl has a floor but is not in the bank", self.err)

    # ---- checks of the bank -------------------------------------------------

    def assert_malformed(self, lines, message, raw=None):
        self.write_bank(lines, raw=raw)
        rc = self.run_scorer(perfect_records())
        self.assertEqual(rc, 2)
        self.assertIn(message, self.err)

    def test_duplicate_id_names_file_and_line(self):
        dup = dict(BANK[0])
        self.assert_malformed([BANK[0], dup], "troops.jsonl:2:1: id troops-001 is already used at")

    def test_value_text_must_be_verbatim(self):
        bad = json.loads(json.dumps(BANK[0]))
        bad["claims"][0]["value_text"] = "1500"
        self.assert_malformed([bad], "troops.jsonl:1:1: value_text '1500' does not occur verbatim")

    def test_low_above_high(self):
        bad = json.loads(json.dumps(BANK[0]))
        bad["claims"][0]["low"] = 2000
        self.assert_malformed([bad], "troops.jsonl:1:1: low 2000 is above high 1500")

    def test_required_fields(self):
        bad = json.loads(json.dumps(BANK[0]))
        del bad["claims"][0]["modality"]
        self.assert_malformed([bad], "troops.jsonl:1:1: claim lacks modality")
        bad = dict(BANK[0])
        del bad["date"]
        self.assert_malformed([bad], "troops.jsonl:1:1: line lacks date")

    def test_distractor_needs_a_reason(self):
        bad = dict(BANK[2])
        del bad["distractor"]
        self.assert_malformed([bad], "needs \"distractor\"")

    def test_id_follows_file_stem(self):
        bad = dict(BANK[0], id="casualties-001")
        self.assert_malformed([bad], "id 'casualties-001' is not 'troops-NNN'")

    def test_invalid_json_gives_column(self):
        self.assert_malformed([], "troops.jsonl:2:", raw=json.dumps(BANK[0]) + "\n{\"id\": \n")

    def test_every_jsonl_of_the_folder_is_scored(self):
        self.write_bank(BANK)
        other = line("events-001", "Pyongyang sent 2,000 troops.", [claim("2,000", 2000, 2000)])
        self.write_bank([other], name="events.jsonl")
        self.run_scorer(perfect_records())
        self.assertIn("events.jsonl", self.out)
        self.assertEqual(self.all_row()["claims"], "4")
        self.assertEqual(self.all_row()["recall"], "75.0")


class ClaimSpanTest(unittest.TestCase):
    def test_value_text_taken_as_a_whole_figure(self):
        # "2" is the POW count, not the last digit of "312"
        entry = {"text": "312 KIA, 2 POW", "claims": [{"value_text": "2"}]}
        self.assertEqual(score.claim_spans(entry, 10), [(19, 20)])

    def test_value_text_inside_a_figure_only_when_nothing_else(self):
        entry = {"text": "312 KIA", "claims": [{"value_text": "2"}]}
        self.assertEqual(score.claim_spans(entry, 0), [(2, 3)])

    def test_shared_value_text_takes_occurrences_in_order(self):
        entry = {"text": "5,000 now, 15,000 then, 5,000 again",
                 "claims": [{"value_text": "5,000"}, {"value_text": "5,000"}]}
        self.assertEqual(score.claim_spans(entry, 0), [(0, 5), (24, 29)])


if __name__ == "__main__":
    unittest.main()
