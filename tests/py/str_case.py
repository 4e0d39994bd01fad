s = "hello World FOO bar"
print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase())
print("ßtraße".upper(), "ÉCOLE".lower())
print("they're bill's".title(), "hELLO".capitalize(), "123abc".capitalize())
print("".upper() == "", "MiXeD 123".swapcase())
