try:
    x = 1
except* (ValueError, TypeError) as e:
    pass
else:
    pass
finally:
    pass
