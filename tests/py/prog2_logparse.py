import re
import json
from collections import Counter, defaultdict

LOG = """\
2024-01-05 10:15:32 INFO  [web] GET /index.html 200 512
2024-01-05 10:15:33 WARN  [web] GET /missing 404 0
2024-01-05 10:16:01 ERROR [db] query failed: timeout after 30s
2024-01-05 10:16:02 INFO  [web] POST /api/login 200 128
2024-01-05 10:17:45 INFO  [web] GET /index.html 304 0
2024-01-05 10:18:00 DEBUG [cache] hit ratio=0.87
malformed line here
2024-01-05 10:19:12 ERROR [web] GET /api/data 500 64
2024-01-05 10:20:00 INFO  [web] GET /about 200 2048
"""

LINE_RE = re.compile(
    r"^(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>\d{2}:\d{2}:\d{2}) "
    r"(?P<level>[A-Z]+)\s+\[(?P<comp>\w+)\] (?P<msg>.*)$"
)
REQ_RE = re.compile(r"(GET|POST|PUT|DELETE) (\S+) (\d{3}) (\d+)")


def parse(text):
    entries = []
    bad = 0
    for lineno, line in enumerate(text.splitlines(), 1):
        m = LINE_RE.match(line)
        if not m:
            bad += 1
            print(f"skip line {lineno}: {line!r}")
            continue
        d = m.groupdict()
        r = REQ_RE.search(d["msg"])
        if r:
            method, path, status, size = r.groups()
            d["req"] = {"method": method, "path": path, "status": int(status), "size": int(size)}
        entries.append(d)
    return entries, bad


def main():
    entries, bad = parse(LOG)
    print("parsed", len(entries), "bad", bad)
    levels = Counter(e["level"] for e in entries)
    for level, n in levels.most_common():
        print(f"{level:<6}{n:>3}")
    by_comp = defaultdict(list)
    for e in entries:
        by_comp[e["comp"]].append(e["time"])
    for comp in sorted(by_comp):
        print(comp, "->", ", ".join(by_comp[comp]))
    reqs = [e["req"] for e in entries if "req" in e]
    total = sum(r["size"] for r in reqs)
    print("total bytes:", total, "avg: %.2f" % (total / len(reqs)))
    status_classes = Counter(f"{r['status'] // 100}xx" for r in reqs)
    print(json.dumps(dict(sorted(status_classes.items())), sort_keys=True))
    paths = sorted({r["path"] for r in reqs}, key=lambda p: (-len(p), p))
    print(paths)
    summary = {
        "levels": dict(levels),
        "errors": [e["msg"] for e in entries if e["level"] == "ERROR"],
        "first": entries[0]["time"],
        "ratio": float(re.search(r"ratio=([\d.]+)", LOG).group(1)),
    }
    out = json.dumps(summary, indent=2, sort_keys=True)
    print(out)
    back = json.loads(out)
    assert back == summary
    print(re.sub(r"(\d+)s\b", lambda m: str(int(m.group(1)) * 1000) + "ms", entries[2]["msg"]))
    print(re.findall(r"\[(\w+)\]", LOG))
    print(re.split(r"[:\s]+", "a: b  c:d", maxsplit=2))
    print(LINE_RE.sub(r"\g<level>@\g<time>", LOG.splitlines()[0]))


main()
