# "Did you mean" for a NameError at module level looks in the script's globals
# (they were missed: __main__ is not in sys.modules until imported).
value = 1
print(Value)
