for i in range(5):
    print("line", i)
    if i == 3:
        raise IndexError(f"stopped at {i}")
