rows = [("Widget", 4, 3.5), ("Gadget", 12, 12.25), ("Thingamajig", 1, 1234.5), ("Nut", 1000, 0.015)]
print(f"{'Item':<12}|{'Qty':>6}|{'Price':>10}|{'Total':>12}")
print("-" * 43)
for name, q, p in rows:
    print(f"{name:<12}|{q:>6d}|{p:>10.2f}|{q * p:>12,.2f}")
print(f"{'':=^43}")
total = sum(q * p for _, q, p in rows)
print(f"{'TOTAL':<30}{total:>13,.3f}")
print("{:>8} {:<8} {:^8}|".format("r", "l", "c"))
print("{0} {1} {0}".format("a", "b"), "{name}-{n:03d}".format(name="x", n=7))
print("{:+d} {:+d} {: d} {:x} {:X} {:o} {:b} {:#x} {:#o} {:#b}".format(5, -5, 5, 255, 255, 8, 5, 255, 8, 5))
print("{:e} {:.3e} {:g} {:g} {:g} {:.2%} {:%}".format(12345.678, 0.000123, 1e20, 0.0001, 123456789.0, 0.256, 1))
print("{:,} {:_} {:_x} {:08.3f} {:+08.2f} {:=+8d}".format(1234567, 1234567, 0xFFFFFF, 3.14159, -2.5, 42))
print("%s %r %d %5.2f %-5d| %05d %x %o %e %c %%" % ("s", "r", 42, 3.14159, 7, 42, 255, 8, 1234.5, 65))
print("%(a)s and %(b)04d" % {"a": "A", "b": 9}, "%.3s" % "abcdef", "%*d" % (5, 3))
print(f"{3.0:.0f} {2.5:.0f} {0.125:.2f} {1e-7} {1e16} {123456789012345678.0} {0.1 + 0.2}")
print(f"{-0.0} {float('inf')} {float('-inf'):>6} {float('nan')} {1/3:.15g} {2/3!r}")
x = 42
print(f"{x=} {x!r:>5} {x:{'>'}{6}} {'nested':{'^'}{10}}|")
print(f"{'abc'!r} {'abc'!s:>6} {[1, 'a']!s}")
print(f"{1000000:,d} {-1234.5678:,.1f} {12:#06x} {5:*^9}")
print(format(3.14159, ".2f"), format(42, "b"), format("x", ">3"), format(1234.5, "e"))
print(str(1.0), str(1e-5), str(1.5e300), repr(1e22), repr(1e21), str(12345678901234567890.0))
print(round(2.675, 2), round(0.5), round(1.5), round(-0.5), round(1234.5678, -2), round(7, -1))
print(int("  42  "), int("-0x1f", 16), int("0b101", 0), float("  -1.5e3 "), float("inf"))
print("{!s:>10}".format(None) + "|", "{!r:^10}".format("x") + "|")
class P:
    def __format__(self, spec):
        return f"P<{spec}>"
    def __str__(self):
        return "Pstr"
    def __repr__(self):
        return "Prepr"
print(f"{P()} {P():abc} {P()!s} {P()!r}", "{}".format(P()), "{:z}".format(P()), "%s %r" % (P(), P()))
print("|".join(f"{i:>3}" for i in range(5)))
print("{:.3}".format("abcdef"), "{:.3}".format(3.14159), "{:10.3}|".format(2.0))
print(f"{12345.6789:10.2e}|{0.0:e}|{100:.2e}")
print("%g %g %g %g" % (100000, 1000000, 1e-4, 1e-5), "%.3g" % 2.0, "%#.3g" % 2.0)
print("{0[0]} {0[1]} {1[k]} {2.real}".format([1, 2], {"k": "v"}, 3.5))
print("%5s|%-5s|" % ("ab", "cd"), "%+.1f" % 2.25, "%i" % 3.9, "%x" % -255)
print(f"{'tab':\t>6}", f"{True:d}", f"{True}", f"{False!r:>7}")
import math
print(f"{math.pi:.10f} {math.e:12.6f} {math.tau:<10.3f}| {math.sqrt(2):.20f}")
print(1e100, 2**0.5, 10/3, -7/2, 7//2, -7//2, 7 % -3, divmod(-7, 2), 2**-2, 1/7)
print(0.1 * 3, 1.1 + 2.2, 3 * 1.1, 100 * 1.1, 1e15 + 0.3, 123e-20)
print(f"{1234567.0:n}" if False else "", "{:c}".format(97), "{:5}|{:<5}|".format(1, 2))
print("{:08b}".format(37), "{:#010b}".format(37), bin(-37), hex(-255), oct(64))
print(f"{'x':-<5}{'y':->5}", "ab".zfill(5), "-12".zfill(6), "+7".zfill(4))
