text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair, we had everything
before us, we had nothing before us, we were all going direct to Heaven, we
were all going direct the other way."""

def normalize(word):
    word = word.lower()
    while word and not word[-1].isalpha():
        word = word[:-1]
    while word and not word[0].isalpha():
        word = word[1:]
    return word

counts = {}
for line in text.splitlines():
    for raw in line.split():
        w = normalize(raw)
        if w:
            counts[w] = counts.get(w, 0) + 1

print("distinct words:", len(counts))
print("total words:", sum(counts.values()))
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
for word, n in top:
    print(f"{word:<12}{n:>3} {'#' * n}")
by_len = {}
for w in counts:
    by_len.setdefault(len(w), []).append(w)
for length in sorted(by_len):
    print(length, sorted(by_len[length]))
longest = max(counts, key=len)
print("longest:", longest, len(longest))
letters = {}
for w in counts:
    for c in w:
        letters[c] = letters.get(c, 0) + counts[w]
print("letters:", "".join(sorted(letters)), max(letters, key=lambda c: letters[c]))
bigrams = {}
words = [normalize(w) for w in text.split()]
for a, b in zip(words, words[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
common = sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for (a, b), n in common:
    print(f"{a + ' ' + b:<16}{n}")
hapax = sorted(w for w, n in counts.items() if n == 1)
print(len(hapax), hapax[:8])
caps = [w.strip(",.") for w in text.split() if w[0].isupper()]
print(caps)
