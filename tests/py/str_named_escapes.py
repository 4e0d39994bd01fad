# \N{NAME} escapes (names and aliases, any case), also inside f-strings.
print("\N{BULLET}", "\N{latin small letter a}", "\N{EM DASH}x")
print(len("\N{SNOWMAN}\N{LATIN CAPITAL LETTER GHA}"), ascii("\N{LATIN CAPITAL LETTER GHA}"))
print(f"\N{BULLET} {1+1} \N{EM DASH}")
print(r"\N{BULLET}", len("\\N{BULLET}"))
for s in ['"\\N{NOPE}"', '"\\N"', '"\\N{"', '"\\N{}"', '"ab\\N{BULLET"']:
    try:
        eval(s)
    except SyntaxError as e:
        print(type(e).__name__, e)
