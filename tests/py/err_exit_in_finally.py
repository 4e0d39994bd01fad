import sys
try:
    print("body")
finally:
    print("finally then exit 4")
    sys.exit(4)
