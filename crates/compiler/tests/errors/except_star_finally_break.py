def f():
    for i in x:
        try:
            pass
        except* ValueError:
            try:
                pass
            finally:
                break
