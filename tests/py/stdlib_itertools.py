import itertools
from itertools import (count, cycle, repeat, chain, islice, product, permutations,
                       combinations, combinations_with_replacement, accumulate, groupby,
                       zip_longest, starmap, takewhile, dropwhile, compress, filterfalse,
                       tee, pairwise)
import operator
print(list(islice(count(5), 4)), list(islice(count(1, 0.5), 3)))
print(list(islice(cycle('ab'), 5)), list(repeat('x', 3)), list(zip(range(3), repeat(0))))
print(list(chain([1, 2], (3,), 'ab')), list(chain.from_iterable([[1], [2, 3]])))
print(list(islice(range(10), 2, 8, 3)), list(islice('abcdef', None)), list(islice('abcdef', 2)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
print(list(product('ab', range(2))), list(product([0, 1], repeat=2)), list(product()))
print(list(permutations([1, 2, 3])), list(permutations('abc', 2)), list(permutations([], 0)))
print(list(combinations(range(4), 2)), list(combinations('abc', 4)))
print(list(combinations_with_replacement('ab', 2)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], operator.mul)),
      list(accumulate([1, 2], initial=10)))
print([(k, list(g)) for k, g in groupby('aaabbcaa')])
print([k for k, g in groupby([1, 1, 2, 3, 3])])
print([(k, len(list(g))) for k, g in groupby(['apple', 'avocado', 'banana', 'cherry'], key=lambda s: s[0])])
print(list(zip_longest('abc', [1], fillvalue='-')), list(zip_longest()))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(takewhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(dropwhile(lambda x: x < 3, [1, 2, 5, 1])), list(compress('abcdef', [1, 0, 1, 0, 1])))
print(list(filterfalse(lambda x: x % 2, range(6))), list(filterfalse(None, [0, 1, '', 'a'])))
a, b = tee([1, 2, 3])
print(list(a), list(b), list(pairwise('abcd')), list(pairwise([1])))
try:
    islice([], -1)
except ValueError as e:
    print(e)
