for i in x:
    try:
        pass
    except* ValueError:
        if i:
            continue
