try:
    a()
except ValueError:
    b()
except (TypeError, KeyError) as e:
    c(e)
except:
    d()
else:
    e()
try:
    f()
finally:
    g()
try:
    h()
except Exception as err:
    raise RuntimeError("x") from err
finally:
    cleanup()
raise
raise ValueError
raise ValueError("msg")
