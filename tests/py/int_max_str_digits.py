# The 4300-digit limit of int <-> decimal str conversion; sys.set_int_max_str_digits.
import sys
def t(src):
    try:
        r = eval(src)
        print(src[:40], '->', repr(r)[:60])
    except Exception as e:
        print(src[:40], '!!', type(e).__name__, e)
print(sys.get_int_max_str_digits())
for s in ["int('1' * 4300) > 0", "int('1' * 4301)", "int('-' + '1' * 5000)", "int('1_' * 4301 + '1')", "int('f' * 5000, 16) > 0", "int('0x' + 'f' * 5000, 0) > 0", "int('1' * 5000, 0)",
          "int('z' * 5000)", "len(str(10**4299))", "str(10**4300)", "repr(-10**4300)", "f'{10**4300}'", "f'{10**4300:x}'[:5]", "format(10**4300, ',')", "hex(10**5000)[:5]",
          "sys.set_int_max_str_digits(100)", "sys.set_int_max_str_digits(maxdigits=5000)", "len(str(10**4500))", "sys.set_int_max_str_digits(0)", "len(str(10**20000))", "sys.set_int_max_str_digits(4300)",
          "str(2**14285)[:3]", "str(2**14290)[:3]"]:
    t(s)
