from collections import namedtuple, deque, Counter, defaultdict, OrderedDict, ChainMap
import heapq
import bisect

Edge = namedtuple("Edge", "src dst weight")
Employee = namedtuple("Employee", ["name", "dept", "salary"], defaults=[50000])


def dijkstra(edges, start):
    graph = defaultdict(list)
    for e in edges:
        graph[e.src].append((e.dst, e.weight))
        graph[e.dst].append((e.src, e.weight))
    dist = {start: 0}
    prev = {}
    pq = [(0, start)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in sorted(graph[u]):
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
                heapq.heappush(pq, (nd, v))
    return dist, prev


def path_to(prev, node):
    out = deque()
    while node in prev:
        out.appendleft(node)
        node = prev[node]
    out.appendleft(node)
    return list(out)


def sliding_max(nums, k):
    dq = deque()
    out = []
    for i, x in enumerate(nums):
        while dq and nums[dq[-1]] <= x:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.popleft()
        if i >= k - 1:
            out.append(nums[dq[0]])
    return out


def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


def main():
    edges = [Edge("a", "b", 7), Edge("a", "c", 9), Edge("a", "f", 14), Edge("b", "c", 10),
             Edge("b", "d", 15), Edge("c", "d", 11), Edge("c", "f", 2), Edge("d", "e", 6),
             Edge("e", "f", 9)]
    dist, prev = dijkstra(edges, "a")
    for node in sorted(dist):
        print(node, dist[node], "->".join(path_to(prev, node)))
    e = edges[0]
    print(e, e._asdict(), e._replace(weight=1), e[2], e.weight)
    print(Edge._fields, Edge._make(["x", "y", 3]))
    emps = [Employee("ann", "eng", 120000), Employee("bob", "eng"), Employee("cat", "ops", 70000),
            Employee("dan", "ops"), Employee("eve", "mgmt", 150000)]
    by_dept = defaultdict(list)
    for emp in emps:
        by_dept[emp.dept].append(emp)
    for dept, members in sorted(by_dept.items(), key=lambda kv: -sum(m.salary for m in kv[1])):
        total = sum(m.salary for m in members)
        print(f"{dept:>5}: {len(members)} staff, total {total:>8,}, avg {total / len(members):10.2f}")
    words = "the quick brown fox jumps over the lazy dog the fox".split()
    c = Counter(words)
    print(c.most_common(3), c["the"], c["missing"])
    c2 = Counter("abracadabra")
    print(sorted(c2.items()), (c2 - Counter("aab")).most_common(2))
    print(c2 + Counter(a=1, z=2) == Counter("abracadabraa") + Counter(z=2))
    print(sorted((c2 & Counter("aaxb")).elements()), sum(c2.values()), c2.total())
    c2.subtract("aaaa")
    print(c2["a"], +c2 == Counter({k: v for k, v in c2.items() if v > 0}))
    print(sliding_max([1, 3, -1, -3, 5, 3, 6, 7], 3))
    d = deque(range(10), maxlen=5)
    d.append(10)
    d.appendleft(-1)
    print(d, d.maxlen)
    d.rotate(2)
    print(list(d), d[0], d[-1], d.count(7))
    d.extendleft([100, 200])
    print(d)
    print([grade(s) for s in (33, 99, 77, 70, 89, 90, 60)])
    nums = [1, 3, 3, 3, 5, 8]
    print(bisect.bisect_left(nums, 3), bisect.bisect_right(nums, 3), bisect.bisect(nums, 4))
    bisect.insort(nums, 4)
    bisect.insort_left(nums, 3)
    print(nums)
    od = OrderedDict()
    for k in "dbca":
        od[k] = ord(k)
    od.move_to_end("d")
    od.move_to_end("a", last=False)
    print(list(od.keys()), od.popitem(), od.popitem(last=False))
    cm = ChainMap({"x": 1}, {"x": 2, "y": 3})
    print(cm["x"], cm["y"], sorted(cm), len(cm))
    h = []
    for i, w in enumerate(["pear", "fig", "apple", "kiwi", "banana"]):
        heapq.heappush(h, (len(w), i, w))
    print([heapq.heappop(h)[2] for _ in range(len(h))])
    print(heapq.nlargest(3, [5, 1, 8, 3, 9, 2]), heapq.nsmallest(2, emps, key=lambda e: e.salary))
    data = [7, 2, 9, 4]
    heapq.heapify(data)
    print(data[0], heapq.heappushpop(data, 1), heapq.heapreplace(data, 10), sorted(data))
    print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])))
    dd = defaultdict(lambda: defaultdict(int))
    for w in words:
        dd[w[0]][w] += 1
    print({k: dict(v) for k, v in sorted(dd.items())})


main()
