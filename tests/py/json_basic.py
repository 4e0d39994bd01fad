# json: dumps options and loads, with CPython's error messages.
import json

data = {"name": "Ann", "age": 31, "tags": ["a", "b"], "ok": True, "none": None,
        "pi": 3.14159, "big": 10 ** 20, "nested": {"x": [1, 2.5, {"y": []}], "e": {}}}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent="\t", sort_keys=True))
print(json.dumps(data, separators=(",", ":"), sort_keys=True))
print(json.dumps([1, [2, [3, []]]], indent=1))
print(json.dumps("h\u00e9llo \"q\" \\ \n\t\x01 \U0001f600 \u4e2d"))
print(json.dumps("h\u00e9llo \U0001f600", ensure_ascii=False))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d", "s": "e"}))
print(json.dumps([float("nan"), float("inf"), -float("inf"), 1e100, 1.0, -0.0, 0.1, 1e-7]))
print(json.dumps((1, 2)), json.dumps(None), json.dumps(12), json.dumps("x"), json.dumps([]), json.dumps({}))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True), json.dumps([{}], indent=4))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


print(json.dumps(Point(1, 2), default=lambda o: {"x": o.x, "y": o.y}))
for bad in [Point(1, 2), {(1, 2): 3}, {1, 2}]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps({(1, 2): 3, "k": 4}, skipkeys=True))

text = '{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d\\n\\u00e9\\ud83d\\ude00"}, "z": 0, "a2": "\\"\\\\\\/"}'
obj = json.loads(text)
print(obj, list(obj))
print(json.loads(" [ ] "), json.loads("{}"), json.loads('"x"'), json.loads("-0"), json.loads("1E3"))
print(json.loads("NaN"), json.loads("[Infinity, -Infinity]"), json.loads("123456789012345678901234567890"))
print(json.loads(json.dumps(data)) == data)
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads('[1.5]', parse_float=lambda s: "F" + s), json.loads('{"a": 1}', object_hook=lambda d: sorted(d)))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=lambda p: p))
for bad in ["", "   ", "[1,]", "{'a': 1}", '{"a" 1}', '{"a": 1,}', "[1 2]", '"abc', '"a\\qb"',
            "tru", "01", '{"a": 1} x', "[1,\n 2,\n x]", '"\\u12"', '"a\tb"', "-", '{"a":', "[", "{"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, "|", e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
try:
    json.loads(12)
except TypeError as e:
    print("TypeError:", e)
