import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit", e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print("no-arg code:", e.code)
try:
    raise SystemExit("message")
except SystemExit as e:
    print("string code:", e.code)
print("continuing")
