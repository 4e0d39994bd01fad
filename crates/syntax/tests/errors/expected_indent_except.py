try:
    x = 1
except E:
x = 1
