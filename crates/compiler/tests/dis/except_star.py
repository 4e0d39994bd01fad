try:
    f()
except* ValueError as e:
    g(e)
except* (TypeError, KeyError):
    h()
else:
    i()
finally:
    j()
