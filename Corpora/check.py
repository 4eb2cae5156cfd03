#!/usr/bin/env python3
"""Consistency check for the test stories in Corpora/ (a dev tool; nothing runs it at run time).

For every story folder (one holding truth.json) it verifies that:
  * every page decodes with the charset its <meta> declares and parses with html.parser
    without unclosed or stray block elements;
  * every page has an expected/<page>.article.json whose paragraphs occur, in order, in the
    page's visible text, and whose outlet/published/language agree with truth.json;
  * every claim anchor is an exact substring of both the page's visible text and the expected
    article body (after whitespace normalisation);
  * findings use the six allowed names and agree with independentSources
    (corroborated <=> >= 2, single-source <=> == 1), with contestedBy (contested) and with
    numbers that disagree (number-conflict); contestedBy/evidence/numbers anchors are in the body;
  * the first publisher has the earliest publication time, copies point at existing pages and
    the copy is published after the page it copies.

When libxml2 can be loaded (ctypes), every page is also parsed the way Corroborate parses it
(htmlReadMemory with the declared encoding, RECOVER|NOERROR|NOWARNING|NONET) and every expected
paragraph must occur in that tree's text too.

Usage: python3 Corpora/check.py [story ...]     (exit status 1 on any problem)
       python3 Corpora/check.py --ingest .build/debug/corroborate [story ...]
           also runs `corroborate ingest --format json` on every page and reports, per page, the
           metadata fields that differ and the expected paragraphs missing from (or extra in) its
           output, with totals (exact paragraph text; published compared as an instant).
"""
import ctypes
import ctypes.util
import datetime
import html.parser
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FINDINGS = {"corroborated", "single-source", "anonymous-only", "contested", "number-conflict", "unattributed"}
KINDS = {"paragraph", "heading", "quote", "listItem", "caption"}
INVISIBLE = {"script", "style", "noscript", "template", "head", "title", "svg", "select", "textarea"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
        "track", "wbr"}
BLOCK = {"address", "article", "aside", "blockquote", "body", "br", "dd", "div", "dl", "dt", "figcaption",
         "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
         "nav", "ol", "p", "section", "table", "td", "th", "tr", "ul", "marquee", "amp-img", "amp-ad",
         "button", "option"}
CHECKED_BLOCKS = {"p", "div", "article", "section", "main", "header", "footer", "aside", "nav", "ul", "ol",
                  "li", "table", "tr", "td", "blockquote", "figure", "figcaption", "h1", "h2", "h3", "h4",
                  "h5", "h6"}


def normalise(text):
    return re.sub(r"\s+", " ", text).strip()


class VisibleText(html.parser.HTMLParser):
    """Collects visible text, a space at each block boundary, and records nesting problems."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.hidden = 0
        self.stack = []
        self.problems = []

    def handle_starttag(self, tag, attrs):
        if tag in INVISIBLE:
            self.hidden += 1
        if tag in BLOCK:
            self.parts.append(" ")
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if tag in self.stack:
            while self.stack:
                top = self.stack.pop()
                if top == tag:
                    break
                if top in CHECKED_BLOCKS:
                    self.problems.append(f"<{top}> closed implicitly by </{tag}> (line {self.getpos()[0]})")
        else:
            self.problems.append(f"stray </{tag}> (line {self.getpos()[0]})")
            return
        if tag in INVISIBLE:
            self.hidden -= 1
        if tag in BLOCK:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)

    def text(self):
        return normalise("".join(self.parts))


def declared_charset(raw):
    head = raw[:4096].decode("ascii", errors="replace")
    match = re.search(r"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", head, re.I)
    return match.group(1).lower() if match else "utf-8"


def read_page(path):
    raw = open(path, "rb").read()
    charset = declared_charset(raw)
    text = raw.decode({"windows-1256": "cp1256"}.get(charset, charset))  # strict: fails on bad bytes
    parser = VisibleText()
    parser.feed(text)
    parser.close()
    open_blocks = [t for t in parser.stack if t in CHECKED_BLOCKS]
    problems = parser.problems + ([f"unclosed at end: {open_blocks}"] if open_blocks else [])
    return charset, parser.text(), problems


def load_libxml2():
    name = ctypes.util.find_library("xml2") or "libxml2.so.2"
    try:
        lib = ctypes.CDLL(name)
    except OSError:
        return None
    lib.htmlReadMemory.restype = ctypes.c_void_p
    lib.htmlReadMemory.argtypes = [ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_int]
    lib.xmlDocGetRootElement.restype = ctypes.c_void_p
    lib.xmlDocGetRootElement.argtypes = [ctypes.c_void_p]
    lib.xmlNodeGetContent.restype = ctypes.POINTER(ctypes.c_char)
    lib.xmlNodeGetContent.argtypes = [ctypes.c_void_p]
    lib.xmlFreeDoc.argtypes = [ctypes.c_void_p]
    return lib


LIBXML2 = load_libxml2()


def libxml2_text(path, charset):
    """The page's text as libxml2's HTML parser sees it, or None without libxml2."""
    if LIBXML2 is None:
        return None
    raw = open(path, "rb").read()
    options = 1 | 32 | 64 | 2048  # RECOVER | NOERROR | NOWARNING | NONET
    doc = LIBXML2.htmlReadMemory(raw, len(raw), path.encode(), charset.encode(), options)
    if not doc:
        return ""
    try:
        root = LIBXML2.xmlDocGetRootElement(doc)
        content = LIBXML2.xmlNodeGetContent(root) if root else None
        return normalise(ctypes.string_at(content).decode("utf-8")) if content else ""
    finally:
        LIBXML2.xmlFreeDoc(doc)


def when(iso):
    return datetime.datetime.fromisoformat(iso)


def check_story(folder):
    errors = []
    name = os.path.basename(folder)
    truth = json.load(open(os.path.join(folder, "truth.json"), encoding="utf-8"))
    if truth.get("story") != name:
        errors.append(f"truth.json story {truth.get('story')!r} != folder {name!r}")
    pages = truth["pages"]
    on_disk = sorted(f for f in os.listdir(folder) if f.endswith(".html"))
    if sorted(pages) != on_disk:
        errors.append(f"pages in truth.json {sorted(pages)} != pages on disk {on_disk}")
    texts, bodies = {}, {}
    for page, info in pages.items():
        path = os.path.join(folder, page)
        if not os.path.exists(path):
            continue
        charset, text, problems = read_page(path)
        texts[page] = text
        errors += [f"{page}: {p}" for p in problems]
        expected_path = os.path.join(folder, "expected", page + ".article.json")
        if not os.path.exists(expected_path):
            errors.append(f"{page}: missing expected/{page}.article.json")
            continue
        article = json.load(open(expected_path, encoding="utf-8"))
        for key in ("headline", "outlet", "authors", "published", "language", "canonicalURL", "paragraphs"):
            if key not in article:
                errors.append(f"{page}: expected article lacks {key!r}")
        for key in ("outlet", "language", "published"):
            if article.get(key) != info.get(key):
                errors.append(f"{page}: expected {key} {article.get(key)!r} != truth {info.get(key)!r}")
        if article.get("headline") and normalise(article["headline"]) not in text:
            errors.append(f"{page}: headline not in visible text")
        position = 0
        for index, paragraph in enumerate(article.get("paragraphs", [])):
            if paragraph.get("kind") not in KINDS:
                errors.append(f"{page}: paragraph {index} has kind {paragraph.get('kind')!r}")
            body = normalise(paragraph.get("text", ""))
            if body != paragraph.get("text"):
                errors.append(f"{page}: paragraph {index} is not whitespace-normalised")
            found = text.find(body, position)
            if found < 0:
                where = "out of order" if body in text else "not in visible text"
                errors.append(f"{page}: paragraph {index} {where}: {body[:60]!r}")
            else:
                position = found + len(body)
        paragraphs = article.get("paragraphs", [])
        for link in article.get("links", []):
            index = link.get("paragraph")
            if index is None or not 0 <= index < len(paragraphs) or link["text"] not in paragraphs[index]["text"]:
                errors.append(f"{page}: link {link['text']!r} is not in paragraph {index}")
            if not link["url"].startswith(("http://", "https://")):
                errors.append(f"{page}: link URL {link['url']!r} is not absolute")
        tree_text = libxml2_text(path, charset)
        if tree_text is not None:
            for index, paragraph in enumerate(article.get("paragraphs", [])):
                if normalise(paragraph.get("text", "")) not in tree_text:
                    errors.append(f"{page}: paragraph {index} not in libxml2's text")
        bodies[page] = " ".join(normalise(p.get("text", "")) for p in article.get("paragraphs", []))
        if charset not in ("utf-8", "windows-1256", "iso-8859-1", "iso-8859-6"):
            errors.append(f"{page}: unexpected charset {charset}")

    first = truth.get("firstPublisher")
    dated = {p: when(i["published"]) for p, i in pages.items()}
    if first not in pages:
        errors.append(f"firstPublisher {first!r} is not a page")
    elif min(dated.values()) != dated[first]:
        errors.append(f"firstPublisher {first} is not the earliest page")
    for copy in truth.get("copies", []):
        if copy["from"] not in pages or copy["to"] not in pages:
            errors.append(f"copy {copy} names a missing page")
        elif dated[copy["to"]] <= dated[copy["from"]]:
            errors.append(f"copy {copy} is not later than its original")

    ids = set()
    for claim in truth["claims"]:
        cid = claim["id"]
        if cid in ids:
            errors.append(f"claim {cid}: duplicate id")
        ids.add(cid)
        findings = set(claim["findings"])
        if not findings <= FINDINGS:
            errors.append(f"claim {cid}: unknown findings {sorted(findings - FINDINGS)}")
        n = claim["independentSources"]
        if ("corroborated" in findings) != (n >= 2):
            errors.append(f"claim {cid}: corroborated vs independentSources {n}")
        if ("single-source" in findings) != (n == 1):
            errors.append(f"claim {cid}: single-source vs independentSources {n}")
        if len(claim.get("origins", [])) != n:
            errors.append(f"claim {cid}: {len(claim.get('origins', []))} origins but independentSources {n}")
        if ("contested" in findings) != bool(claim.get("contestedBy")):
            errors.append(f"claim {cid}: contested finding and contestedBy disagree")
        if ("number-conflict" in findings) != bool(claim.get("numbers")):
            errors.append(f"claim {cid}: number-conflict finding and numbers disagree")
        for page, anchor in claim["anchors"].items():
            if page not in pages:
                errors.append(f"claim {cid}: anchor page {page} not in pages")
                continue
            anchor = normalise(anchor)
            if anchor not in texts.get(page, ""):
                errors.append(f"claim {cid}: anchor not in visible text of {page}: {anchor[:60]!r}")
            if anchor not in bodies.get(page, ""):
                errors.append(f"claim {cid}: anchor not in expected body of {page}: {anchor[:60]!r}")
        for side in claim.get("contestedBy", []) + claim.get("evidence", []):
            if side["page"] not in claim["anchors"]:
                errors.append(f"claim {cid}: page {side['page']} has no anchor")
            if normalise(side["anchor"]) not in bodies.get(side["page"], ""):
                errors.append(f"claim {cid}: anchor not in expected body of {side['page']}: {side['anchor'][:60]!r}")
        for side in claim.get("evidence", []):
            if side["origin"] not in claim.get("origins", []):
                errors.append(f"claim {cid}: evidence origin {side['origin']!r} not in origins")
        for page in claim.get("chain", {}):
            if page not in claim["anchors"]:
                errors.append(f"claim {cid}: chain page {page} has no anchor")
        values = set()
        for number in claim.get("numbers", []):
            values.add(number["value"])
            if number["page"] not in claim["anchors"]:
                errors.append(f"claim {cid}: numbers page {number['page']} has no anchor")
            if number["origin"] not in claim.get("origins", []):
                errors.append(f"claim {cid}: number origin {number['origin']!r} not in origins")
            anchor = normalise(number["anchor"])
            if anchor not in bodies.get(number["page"], ""):
                errors.append(f"claim {cid}: number anchor not in expected body of {number['page']}: {anchor[:60]!r}")
        if claim.get("numbers") and len(values) < 2:
            errors.append(f"claim {cid}: numbers given but they do not disagree")
    return errors


def instant(value):
    if not value:
        return None
    value = re.sub(r"([+-]\d\d)(\d\d)$", r"\1:\2", value.replace("Z", "+00:00"))
    try:
        return datetime.datetime.fromisoformat(value)
    except ValueError:
        return value


def compare_ingest(binary, folder, totals):
    """Runs the ingest command on each page of one story and prints how it differs from expected/."""
    truth = json.load(open(os.path.join(folder, "truth.json"), encoding="utf-8"))
    for page in sorted(truth["pages"]):
        expected = json.load(open(os.path.join(folder, "expected", page + ".article.json"), encoding="utf-8"))
        run = subprocess.run([binary, "ingest", "--format", "json", os.path.join(folder, page)],
                             capture_output=True, text=True, timeout=120)
        if run.returncode != 0:
            print(f"  {page}: ingest failed: {run.stderr.strip()[:200]}")
            totals["failed"] += 1
            continue
        got = json.loads(run.stdout)
        got = got[0] if isinstance(got, list) else got
        fields = [key for key in ("headline", "outlet", "authors", "language", "canonicalURL")
                  if expected.get(key) != got.get(key)]
        if instant(expected.get("published")) != instant(got.get("published")):
            fields.append("published")
        want = [p["text"] for p in expected["paragraphs"]]
        have = [p["text"] for p in got.get("paragraphs", [])]
        found = sum(1 for text in want if text in have)
        kinds = sum(1 for p in expected["paragraphs"] if {"kind": p["kind"], "text": p["text"]} in got.get("paragraphs", []))
        totals["pages"] += 1
        totals["expected"] += len(want)
        totals["produced"] += len(have)
        totals["found"] += found
        totals["kinds"] += kinds
        totals["fields"] += 6
        totals["fields_ok"] += 6 - len(fields)
        print(f"  {page}: {found}/{len(want)} paragraphs, {len(have)} produced, {kinds} with the right kind"
              + (f"; differs: {', '.join(f'{k} (expected {expected.get(k)!r}, got {got.get(k)!r})' for k in fields)}" if fields else ""))
        for text in have:
            if text not in want:
                print(f"      extra:   {text[:80]}")
        for text in want:
            if text not in have:
                print(f"      missing: {text[:80]}")


def main(argv):
    binary = None
    if argv[:1] == ["--ingest"]:
        if len(argv) < 2:
            print("--ingest needs the path of the corroborate executable")
            return 2
        binary, argv = argv[1], argv[2:]
    stories = argv or sorted(d for d in os.listdir(HERE) if os.path.exists(os.path.join(HERE, d, "truth.json")))
    print("libxml2 cross-check: " + ("on" if LIBXML2 else "off (libxml2 not found)"))
    failed = False
    for story in stories:
        errors = check_story(os.path.join(HERE, story))
        truth = json.load(open(os.path.join(HERE, story, "truth.json"), encoding="utf-8"))
        print(f"{story}: {len(truth['pages'])} pages, {len(truth['claims'])} claims, "
              f"{'OK' if not errors else f'{len(errors)} problem(s)'}")
        for error in errors:
            print("  " + error)
        failed = failed or bool(errors)
    if binary:
        totals = dict.fromkeys(("pages", "failed", "expected", "produced", "found", "kinds", "fields", "fields_ok"), 0)
        for story in stories:
            print(f"ingest {story}:")
            compare_ingest(binary, os.path.join(HERE, story), totals)
        if totals["expected"]:
            print(f"ingest total: {totals['pages']} pages ({totals['failed']} failed), paragraph recall "
                  f"{totals['found'] / totals['expected']:.3f}, precision {totals['found'] / max(1, totals['produced']):.3f}, "
                  f"kind accuracy {totals['kinds'] / totals['expected']:.3f}, metadata fields "
                  f"{totals['fields_ok']}/{totals['fields']}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
