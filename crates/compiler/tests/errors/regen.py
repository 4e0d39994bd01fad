"""Regenerates the .txt expectations of the compile-error corpus from
CPython 3.11: `python3 regen.py` in this directory.

Each NAME.py must fail to compile; NAME.txt holds the message on its first
line and `lineno offset end_lineno end_offset` on the second."""
import glob

for path in sorted(glob.glob("*.py")):
    if path == "regen.py":
        continue
    src = open(path, encoding="utf-8").read()
    try:
        compile(src, path, "exec")
    except SyntaxError as e:
        with open(path[:-3] + ".txt", "w", encoding="utf-8") as out:
            out.write(f"{e.msg}\n{e.lineno} {e.offset} {e.end_lineno} {e.end_offset}\n")
    else:
        raise SystemExit(f"{path} compiles in CPython")
