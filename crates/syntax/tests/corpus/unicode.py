café = "ünïcödé"
π = 3.14
print(café, π)
