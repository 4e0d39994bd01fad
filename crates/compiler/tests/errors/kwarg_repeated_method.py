o.m(x, k=1, **d, k=2)
