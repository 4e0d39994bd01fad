from collections import Counter, defaultdict
import string

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair, we had everything before
us, we had nothing before us, we were all going direct to Heaven, we were all
going direct the other way -- in short, the period was so far like the present
period, that some of its noisiest authorities insisted on its being received, for
good or for evil, in the superlative degree of comparison only."""

def words(text):
    table = str.maketrans("", "", string.punctuation)
    return [w.lower() for w in text.translate(table).split()]

ws = words(TEXT)
print(len(ws), len(set(ws)))
counts = Counter(ws)
for word, n in counts.most_common(8):
    print(f"{word:>10} {n:3d} {'#' * n}")
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
print(top)
by_len = defaultdict(list)
for w in sorted(set(ws)):
    by_len[len(w)].append(w)
for k in sorted(by_len):
    print(k, len(by_len[k]), by_len[k][:4])
letters = Counter(c for c in TEXT.lower() if c.isalpha())
print(letters.most_common(5))
print(sum(letters.values()), letters["e"], letters["z"])
vowels = sum(v for k, v in letters.items() if k in "aeiou")
print(f"vowel ratio: {vowels / sum(letters.values()):.4f}")
lines = TEXT.splitlines()
print([len(l) for l in lines])
longest = max(lines, key=len)
print(repr(longest[:30]), lines.index(longest))
c2 = Counter("abracadabra")
c3 = Counter("alakazam")
print(sorted((c2 + c3).items()))
print(sorted((c2 - c3).items()))
print(sorted((c2 & c3).items()))
print(sorted((c2 | c3).items()))
print(c2["a"], c2.get("q", 0), "b" in c2)
c2.update("aaa")
print(c2.most_common(2))
c2.subtract({"a": 10})
print(c2["a"])
print(sorted(c2.elements())[:5])
bigrams = Counter(zip(ws, ws[1:]))
print(bigrams.most_common(3))
caps = [w for w in TEXT.split() if w[0].isupper()]
print(caps)
print(" ".join(w.capitalize() for w in "hello big world".split()))
print("the".center(11, "*"), "|", "x".ljust(3, "-"), "|", "y".rjust(4))
print(string.ascii_lowercase[:5], string.digits, string.capwords("a b  c"))
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym)
freq = {}
for w in ws:
    freq[w] = freq.get(w, 0) + 1
assert freq == dict(counts)
print(dict(sorted(freq.items())[:5]))
print(Counter({"a": 3, "b": 1}))
print(repr(Counter()))
