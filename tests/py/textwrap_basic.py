# textwrap: wrap, fill, shorten, dedent, indent, TextWrapper options.
import textwrap

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen "
        "liquor jugs! How vexingly quick daft zebras jump; a well-known, long-winded "
        "sentence -- with an em-dash -- and e-mail addresses like foo@example.com.")

for w in (10, 20, 35, 70):
    print(w, textwrap.wrap(text, w))
print(textwrap.fill(text, 40))
print(textwrap.fill(text, width=30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10, break_long_words=False))
print(textwrap.wrap("a very-long-hyphenated-compound-word here", 12))
print(textwrap.wrap("a very-long-hyphenated-compound-word here", 12, break_on_hyphens=False))
print(textwrap.wrap("tabs\there\tand\tthere", 12))
print(textwrap.wrap("tabs\there", 30, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap("  leading and trailing  ", 10))
print(textwrap.wrap("  leading and trailing  ", 10, drop_whitespace=False))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10))
print(textwrap.wrap("line one\nline two\n\nline four", 15))
print(textwrap.fill("End. Next sentence! Another? Yes.", 80, fix_sentence_endings=True))
print(textwrap.wrap(text, 25, max_lines=3))
print(textwrap.wrap(text, 25, max_lines=2, placeholder="..."))

print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world", width=10, placeholder="..."))
print(textwrap.shorten(text, 50))

block = """\
    def f():
        return 1

    x = f()
"""
print(repr(textwrap.dedent(block)))
print(repr(textwrap.dedent("  a\n    b\n  c")))
print(repr(textwrap.dedent("\ta\n\t\tb\n")))
print(repr(textwrap.dedent("  a\n \tb\n")))
print(repr(textwrap.dedent("no indent\n  here")))
print(repr(textwrap.dedent("   \n  x\n   \n  y\n")))
print(repr(textwrap.indent("a\nb\n\nc\n", "> ")))
print(repr(textwrap.indent("a\n  \nb", "+ ", lambda line: True)))
print(repr(textwrap.indent("one\r\ntwo", "  ")))

w = textwrap.TextWrapper(width=20, initial_indent="- ", subsequent_indent="  ")
print(w.wrap("A wrapper object can be reused for several paragraphs of text."))
w.width = 15
print(w.fill("Changing attributes afterwards works too."))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print("ValueError:", e)
