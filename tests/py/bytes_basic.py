b = b"hello"
print(b, type(b).__name__, len(b), b[0], b[-1], b[1:3], b[::-1], b[10:])
print(list(b), [x for x in b"ab"], 104 in b, b"ell" in b, b"z" in b)
print(b == b"hello", b != b"hellO", b < b"help", b"" < b"a", b"abc" > b"ab", b == "hello")
print(b + b" world", b * 2, 2 * b"ab", b"" * 5)
print(hash(b"abc") == hash(b"abc"), len({b"a", b"a", b"b"}), {b"k": 1}[b"k"])
print(bytes([104, 105]), bytes(3), bytes(), bytes("héllo", "utf-8"), bytes(b"x"), bytes(range(3)))
print(b"caf\xc3\xa9".decode(), b"abc".decode("ascii"), "héllo".encode(), "abc".encode("utf-8"))
print(b"\x00\xff\x10".hex(), b"".hex(), b", ".join([b"a", b"b", b"c"]), b"".join([]))
print(repr(b"it's"), repr(b'say "hi"'), repr(b'both \' and "'), b"\t\n\r\\", b"\x7f\x80")
print(bool(b""), bool(b"x"), str(b"ab"), f"{b'x'}", [b"a", b"b"])
print(b"a,b,c".split(b","), b"  x  y ".split(), b"  pad ".strip(), b"xxhixx".strip(b"x"))
print(b"hello".upper(), b"HeLLo".lower(), b"hello".replace(b"l", b"L"), b"hello".count(b"l"), b"hello".find(b"lo"))
print(b"hello".startswith(b"he"), b"hello".endswith(b"x"), bytes.fromhex("de ad BE EF"))
for x in b"hi":
    print(x, end=" ")
print()
print(list(reversed(b"abc")), sorted(b"cab"), max(b"abc"), sum(b"\x01\x02"))
for bad in [lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes(-1), lambda: bytes("x"),
            lambda: b"a" + "b", lambda: b"\xff".decode(), lambda: "é".encode("ascii"),
            lambda: b"abc"[5], lambda: bytes(["a"]), lambda: b"a" < "b", lambda: b"".join(["a"]),
            lambda: bytes(1.5), lambda: b"\xc3".decode("utf-8"), lambda: b"\xe2\x28\xa1".decode()]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(isinstance(b"", bytes), type(iter(b"")).__name__)
