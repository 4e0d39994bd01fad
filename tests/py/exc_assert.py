try:
    assert 1 == 2, "one is not two"
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert False
except AssertionError as e:
    print("bare:", repr(str(e)), e.args)
assert True, "not raised"
x = 5
try:
    assert x < 0, f"x={x} should be negative"
except AssertionError as e:
    print(e)
print("done")
