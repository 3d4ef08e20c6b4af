#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The comments of the rule files name C functions and lexicons that exist.

A comment that names "src/<file>.c" and a function ("(src/frame.c speaks())")
must name a function defined in that file; a function named with "()" and no
file must be defined somewhere under src/; a comment that names "<file>.rules"
and a lexicon ("(vocabulary.rules foreign_troops)", "vocabulary.rules'
civilian_words") must name a lexicon that file defines.  Prints one line per
stale name, and exits 1 if there is any.  rules/README.md and docs/DESIGN.md
are held to the same for every "name()" they write.  Run as
`python3 comment_names.py SOURCE_DIR`.
"""
import os, re, sys

root = sys.argv[1] if len(sys.argv) > 1 else '.'
src_dir = os.path.join(root, 'src')
rules_dir = os.path.join(root, 'rules')

# C functions: a name at the start of a line followed by "(", as the code
# base writes definitions (return type on the line before).
funcs = {}          # name -> set of files
others = {}         # static word lists and constants -> set of files
fields = set()      # fields of structures declared in headers
for dirpath, _, files in os.walk(src_dir):
    for f in files:
        if not f.endswith('.c'):
            continue
        path = os.path.join(dirpath, f)
        rel = os.path.relpath(path, root)
        with open(path, encoding='utf-8', errors='replace') as fh:
            for line in fh:
                m = re.match(r'([A-Za-z_]\w*)\s*\(', line)
                if m:
                    funcs.setdefault(m.group(1), set()).add(rel)
                m = re.match(r'#define\s+([A-Za-z_]\w*)\(', line)
                if m:
                    funcs.setdefault(m.group(1), set()).add(rel)
                # a file's own word lists and constants
                # ("static const Word part_labels[] = {")
                m = re.match(r'static\s+const\s+[\w\s\*]*?\b([A-Za-z_]\w*)\s*(?:\[[^\]]*\])?\s*=', line)
                if m:
                    others.setdefault(m.group(1), set()).add(rel)
# fields of the engine's structures ("base_clause_end" of CcFrameRun)
for dirpath, _, files in os.walk(src_dir):
    for f in files:
        if f.endswith('.h'):
            with open(os.path.join(dirpath, f), encoding='utf-8', errors='replace') as fh:
                for line in fh:
                    m = re.match(r'\s+[\w\s\*]+?\b([a-z_]\w*)\s*(?:\[[^\]]*\])?;', line)
                    if m:
                        fields.add(m.group(1))

rule_files = []
for dirpath, _, files in os.walk(rules_dir):
    for f in sorted(files):
        if f.endswith('.rules'):
            rule_files.append(os.path.join(dirpath, f))

lexicons = {}       # name -> set of rule file basenames
frames = {}         # frame name (before any ".") -> set of rule file basenames
for path in rule_files:
    with open(path, encoding='utf-8') as fh:
        for line in fh:
            m = re.match(r'\s*lexicon\s+(\w+)', line)
            if m:
                lexicons.setdefault(m.group(1), set()).add(os.path.basename(path))
            m = re.match(r'\s*frame\s+([\w.]+)', line)
            if m:
                frames.setdefault(m.group(1).split('.')[0], set()).add(os.path.basename(path))
rule_basenames = {os.path.basename(p) for p in rule_files}

SNAKE = r'[a-z][a-z0-9]*(?:_[a-z0-9]+)+'
problems = []

class Block:
    """A run of comment lines joined into one text, and where each line starts."""
    def __init__(self):
        self.text, self.starts = '', []
    def add(self, n, words):
        if self.text:
            self.text += ' '
        self.starts.append((len(self.text), n))
        self.text += words
    def line(self, pos):
        n = self.starts[0][1]
        for off, ln in self.starts:
            if off <= pos:
                n = ln
        return n

def comment_blocks(path):
    block = Block()
    with open(path, encoding='utf-8') as fh:
        for n, line in enumerate(fh, 1):
            m = re.match(r'\s*#(.*)', line)
            if m:
                block.add(n, m.group(1).strip())
            elif block.text:
                yield block
                block = Block()
    if block.text:
        yield block

for path in rule_files:
    rel = os.path.relpath(path, root)
    for b in comment_blocks(path):
        text = b.text
        named = set()
        # "src/<file>.c" and the names after it, up to ";" or a closing
        # parenthesis that is not a "()" or another file's name.
        for m in re.finditer(r'src/(\w+)\.c\b((?:[^();]|\(\))*)', text):
            start = b.line(m.start())
            cfile = 'src/%s.c' % m.group(1)
            if not os.path.exists(os.path.join(root, cfile)):
                problems.append('%s:%d: %s does not exist' % (rel, start, cfile))
                continue
            tail = re.split(r'\b[\w/-]+\.rules\b|src/', m.group(2))[0]
            for nm in re.finditer(r'\b(%s|[a-z]\w*(?=\(\)))' % SNAKE, tail):
                name = nm.group(1)
                start = b.line(m.start(2) + nm.start())
                named.add(name)
                where = funcs.get(name)
                if where is None:
                    if name in lexicons or name in fields or cfile in others.get(name, ()):
                        continue
                    problems.append('%s:%d: %s names %s(), defined nowhere in src/'
                                    % (rel, start, cfile, name))
                elif cfile not in where:
                    problems.append('%s:%d: %s names %s(), defined in %s'
                                    % (rel, start, cfile, name, ', '.join(sorted(where))))
        # any other "name()" in a comment is a C function somewhere
        for m in re.finditer(r'\b([a-z]\w*_\w+)\(\)', text):
            name = m.group(1)
            start = b.line(m.start())
            if name in named:
                continue
            if name not in funcs:
                problems.append('%s:%d: %s() defined nowhere in src/' % (rel, start, name))
        # "<file>.rules name" or "<file>.rules' name, name"
        for m in re.finditer(r"\b([\w-]+)\.rules'?((?:\s*,?\s*(?:and\s+)?%s)+)" % SNAKE, text):
            rfile = m.group(1) + '.rules'
            start = b.line(m.start())
            if rfile not in rule_basenames:
                problems.append('%s:%d: %s does not exist' % (rel, start, rfile))
                continue
            for name in re.findall(SNAKE, m.group(2)):
                if rfile in frames.get(name, ()):
                    continue
                where = lexicons.get(name)
                if where is None:
                    if name in funcs:
                        problems.append('%s:%d: %s names %s, a C function, no lexicon'
                                        % (rel, start, rfile, name))
                    else:
                        problems.append('%s:%d: %s names lexicon %s, defined nowhere'
                                        % (rel, start, rfile, name))
                elif rfile not in where:
                    problems.append('%s:%d: %s names lexicon %s, defined in %s'
                                    % (rel, start, rfile, name, ', '.join(sorted(where))))

# The references name functions in their prose as the comments do:
# every "name()" there is a function of src/.
for rel in ('rules/README.md', 'docs/DESIGN.md'):
    path = os.path.join(root, rel)
    if not os.path.exists(path):
        continue
    with open(path, encoding='utf-8') as fh:
        for n, line in enumerate(fh, 1):
            for m in re.finditer(r'\b([a-z]\w*_\w+)\(\)', line):
                if m.group(1) not in funcs:
                    problems.append('%s:%d: %s() defined nowhere in src/' % (rel, n, m.group(1)))

for p in problems:
    print(p)
print('%d stale name%s' % (len(problems), '' if len(problems) == 1 else 's'))
sys.exit(1 if problems else 0)
