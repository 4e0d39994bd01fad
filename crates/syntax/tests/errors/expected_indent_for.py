for i in x:
x = 1
