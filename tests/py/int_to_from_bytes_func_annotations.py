def f(a: int, b: str = "x", *args: float, k: bool = False, **kw: dict) -> bool:
    return True
print(f.__annotations__)
def g(): pass
print(g.__annotations__, g.__annotations__ is g.__annotations__)
class C:
    def m(self, __x: int) -> "C": pass
print(C.m.__annotations__)
print((1024).to_bytes(2, 'big'), (1024).to_bytes(4, 'little'), (0).to_bytes(3, 'big'))
print(int.from_bytes(b'\x04\x00', 'big'), int.from_bytes(b'\x04\x00', 'little'), int.from_bytes(b'\xff', 'big', signed=True))
print((-1).to_bytes(2, 'big', signed=True), (-129).to_bytes(2, 'little', signed=True), (255).to_bytes(1, byteorder='big'))
print(int.from_bytes([1, 2, 3], 'big'), (5).to_bytes(), int.from_bytes(b'\x01'))
for bad in [lambda: (256).to_bytes(1, 'big'), lambda: (-1).to_bytes(1, 'big'), lambda: (1).to_bytes(1, 'middle'), lambda: (128).to_bytes(1, 'big', signed=True)]:
    try:
        bad()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
class MyInt(int): pass
print(type(MyInt.from_bytes(b'\x02', 'big')).__name__, MyInt.from_bytes(b'\x02', 'big'))
