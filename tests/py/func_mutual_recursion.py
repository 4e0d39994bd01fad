def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print([is_even(i) for i in range(6)], is_odd(301))
def ping(n, log):
    if n > 0:
        log.append("ping")
        pong(n - 1, log)
    return log
def pong(n, log):
    if n > 0:
        log.append("pong")
        ping(n - 1, log)
print(ping(5, []))
