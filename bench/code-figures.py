#!/usr/bin/env python3
"""Prints the code figures issue 14 tracks: file sizes, long methods, test-to-main ratios, crowded packages.

Lines of code are non-blank, non-comment lines. A method's length counts its lines of code from the
first line of its signature to its closing brace. Run from the project root: python3 bench/code-figures.py
"""
import os
import re
import statistics
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MAIN = os.path.join(ROOT, "src/main/java/org/reliefdesk")
TEST = os.path.join(ROOT, "src/test/java/org/reliefdesk")
CONTROL = {"if", "for", "while", "switch", "catch", "synchronized", "try", "else", "do", "finally", "return", "new", "case", "default"}


def strip(text):
    """Blanks out comments, strings, text blocks and char literals, keeping line breaks."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append("\n" * text.count("\n", i, j))
            i = j
        elif text.startswith('"""', i):
            j = text.find('"""', i + 3)
            j = n if j < 0 else j + 3
            out.append('""' + "\n" * text.count("\n", i, j))
            i = j
        elif c in "\"'":
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            out.append(c + c)
            i = j + 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def code_lines(path):
    with open(path, encoding="utf-8") as f:
        stripped = strip(f.read())
    return stripped.split("\n")


def is_code(line):
    return line.strip() not in ("",)


def methods(path):
    """Yields (name, first line, lines of code) for every method and constructor body."""
    lines = code_lines(path)
    text = "\n".join(lines)
    line_of = []
    for number, line in enumerate(lines):
        line_of.extend([number] * (len(line) + 1))
    stack = []  # (kind, header start offset, name)
    header_start = 0
    for offset, c in enumerate(text):
        if c == "{":
            header = text[header_start:offset]
            header_clean = re.sub(r"@\w+(\.\w+)*(\([^()]*\))?", " ", header).strip()
            words = re.findall(r"[A-Za-z_]\w*", header_clean)
            parent = stack[-1][0] if stack else "file"
            if re.search(r"\b(class|interface|enum|record)\b", header_clean) and "(" not in header_clean.split("record")[0]:
                kind = "class"
            elif parent == "class" and ("(" in header_clean and words and words[0] not in CONTROL and "=" not in header_clean.split("(")[0] and "->" not in header_clean):
                kind = "method"
            elif parent == "class" and re.fullmatch(r"(public |private |protected )?\w+", header_clean or "-") and header_clean not in ("static", ""):
                kind = "method"  # a record's compact constructor
            else:
                kind = "block"
            name = ""
            if kind == "method":
                before = header_clean.split("(")[0].split()
                name = before[-1] if before else "?"
                first = header_start + len(header) - len(header.lstrip())
                sig = header_clean.strip()
                first = text.find(sig.split()[0], header_start) if sig else offset
            else:
                first = offset
            stack.append((kind, first, name))
            header_start = offset + 1
        elif c == "}":
            if stack:
                kind, first, name = stack.pop()
                if kind == "method":
                    start, end = line_of[first], line_of[offset]
                    count = sum(1 for k in range(start, end + 1) if is_code(lines[k]))
                    yield name, start + 1, count
            header_start = offset + 1
        elif c == ";":
            header_start = offset + 1
        elif c == ")" and False:
            pass


def java_files(base):
    for folder, _, names in os.walk(base):
        for name in names:
            if name.endswith(".java"):
                yield os.path.join(folder, name)


def module_of(path, base):
    return os.path.relpath(path, base).split(os.sep)[0]


def main():
    sizes, per_module_main, per_module_test = [], defaultdict(int), defaultdict(int)
    long25, long40, per_package = [], [], defaultdict(int)
    for path in java_files(MAIN):
        loc = sum(1 for line in code_lines(path) if is_code(line))
        if "package-info" not in path:
            sizes.append(loc)
            per_package[os.path.relpath(os.path.dirname(path), MAIN)] += 1
        per_module_main[module_of(path, MAIN)] += loc
        for name, line, count in methods(path):
            where = (count, os.path.relpath(path, ROOT), line, name)
            if count > 25:
                long25.append(where)
            if count > 40:
                long40.append(where)
    for path in java_files(TEST):
        loc = sum(1 for line in code_lines(path) if is_code(line))
        per_module_test[module_of(path, TEST)] += loc
    sizes.sort()
    p90 = sizes[int(0.9 * (len(sizes) - 1))]
    print(f"main files: {len(sizes)}, lines of code per file: median {statistics.median(sizes):.0f}, 90th percentile {p90}")
    print(f"methods over 25 lines: {len(long25)} (in scheduling: {sum(1 for w in long25 if '/scheduling/' in w[1])}); over 40 lines: {len(long40)}")
    for count, path, line, name in sorted(long25, reverse=True):
        print(f"  {count:3d}  {path}:{line} {name}")
    total_main, total_test = sum(per_module_main.values()), sum(per_module_test.values())
    print(f"test-to-main: overall {total_test / total_main:.2f} ({total_test} / {total_main} lines)")
    for module in sorted(per_module_main):
        m, t = per_module_main[module], per_module_test.get(module, 0)
        print(f"  {module:14s} {t / m:5.2f}  ({t} / {m})")
    print("classes per package (scheduling):")
    for package, count in sorted(per_package.items()):
        if package.startswith("scheduling"):
            print(f"  {count:3d}  {package}")
    if "--check" in sys.argv:
        crowded = [p for p, c in per_package.items() if p.startswith("scheduling") and c > 20]
        sched25 = [w for w in long25 if "/scheduling/" in w[1]]
        ratio = per_module_test["scheduling"] / per_module_main["scheduling"]
        failures = []
        if long40: failures.append(f"{len(long40)} methods over 40 lines")
        if len(sched25) > 5: failures.append(f"{len(sched25)} scheduling methods over 25 lines")
        if crowded: failures.append(f"crowded packages {crowded}")
        if ratio < 0.8: failures.append(f"scheduling test-to-main {ratio:.2f}")
        print("bars: " + ("all met" if not failures else "NOT met: " + "; ".join(failures)))
        sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
