# json: an uncaught JSONDecodeError names its class as CPython does.
import json

print(json.loads('{"ok": [1, 2]}'))
json.loads('{"a": 1,\n "b": }')
