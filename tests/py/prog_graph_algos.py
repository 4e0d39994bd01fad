import heapq
from collections import deque, defaultdict

class Graph:
    def __init__(self, directed=False):
        self.adj = defaultdict(dict)
        self.directed = directed
    def add_edge(self, u, v, w=1):
        self.adj[u][v] = w
        if not self.directed:
            self.adj[v][u] = w
        else:
            self.adj[v]
    def nodes(self):
        return sorted(self.adj)
    def bfs(self, start):
        seen = {start}
        order = []
        q = deque([start])
        while q:
            u = q.popleft()
            order.append(u)
            for v in sorted(self.adj[u]):
                if v not in seen:
                    seen.add(v)
                    q.append(v)
        return order
    def dfs(self, start, seen=None):
        if seen is None:
            seen = []
        seen.append(start)
        for v in sorted(self.adj[start]):
            if v not in seen:
                self.dfs(v, seen)
        return seen
    def dijkstra(self, src):
        dist = {n: float("inf") for n in self.adj}
        prev = {}
        dist[src] = 0
        pq = [(0, src)]
        while pq:
            d, u = heapq.heappop(pq)
            if d > dist[u]:
                continue
            for v, w in self.adj[u].items():
                nd = d + w
                if nd < dist[v]:
                    dist[v] = nd
                    prev[v] = u
                    heapq.heappush(pq, (nd, v))
        return dist, prev
    def path(self, prev, target):
        out = [target]
        while out[-1] in prev:
            out.append(prev[out[-1]])
        return out[::-1]
    def toposort(self):
        indeg = {n: 0 for n in self.adj}
        for u in self.adj:
            for v in self.adj[u]:
                indeg[v] += 1
        ready = [n for n in indeg if indeg[n] == 0]
        heapq.heapify(ready)
        out = []
        while ready:
            u = heapq.heappop(ready)
            out.append(u)
            for v in self.adj[u]:
                indeg[v] -= 1
                if indeg[v] == 0:
                    heapq.heappush(ready, v)
        if len(out) != len(indeg):
            raise ValueError("graph has a cycle")
        return out
    def components(self):
        seen = set()
        comps = []
        for n in self.nodes():
            if n not in seen:
                comp = self.bfs(n)
                seen.update(comp)
                comps.append(comp)
        return comps

g = Graph()
for u, v, w in [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10),
                ("C", "E", 3), ("E", "D", 4), ("D", "F", 11), ("X", "Y", 1)]:
    g.add_edge(u, v, w)
print(g.nodes())
print(g.bfs("A"))
print(g.dfs("A"))
dist, prev = g.dijkstra("A")
for n in g.nodes():
    print(f"{n}: {dist[n]:>5} via {g.path(prev, n) if dist[n] != float('inf') else '-'}")
print(g.components())
dag = Graph(directed=True)
for u, v in [("shirt", "tie"), ("tie", "jacket"), ("pants", "shoes"), ("pants", "belt"),
             ("belt", "jacket"), ("shirt", "belt"), ("socks", "shoes")]:
    dag.add_edge(u, v)
print(dag.toposort())
dag.add_edge("jacket", "shirt")
try:
    dag.toposort()
except ValueError as e:
    print("error:", e)

def grid_shortest(grid):
    R, C = len(grid), len(grid[0])
    start = next((r, c) for r in range(R) for c in range(C) if grid[r][c] == "S")
    q = deque([(start, 0)])
    seen = {start}
    while q:
        (r, c), d = q.popleft()
        if grid[r][c] == "E":
            return d
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < R and 0 <= nc < C and grid[nr][nc] != "#" and (nr, nc) not in seen:
                seen.add((nr, nc))
                q.append(((nr, nc), d + 1))
    return -1

maze = ["S.#.....",
        ".##.###.",
        "....#...",
        "#.#...#E"]
print(grid_shortest(maze))
# union find
parent = list(range(10))
def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x
def union(a, b):
    ra, rb = find(a), find(b)
    if ra != rb:
        parent[max(ra, rb)] = min(ra, rb)
        return True
    return False
edges = sorted([(7, 0, 1), (5, 1, 2), (8, 0, 3), (9, 1, 3), (7, 2, 4), (5, 3, 4), (15, 3, 5), (6, 4, 5), (8, 5, 6), (11, 4, 6), (9, 6, 7)])
mst = [(u, v, w) for w, u, v in edges if union(u, v)]
print(mst, sum(w for *_, w in mst))
h = []
for x in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, -x)
print([-heapq.heappop(h) for _ in range(3)], heapq.nsmallest(2, [5, 1, 8]), heapq.nlargest(2, [5, 1, 8]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])))
print(heapq.heappushpop([1, 3], 2), heapq.heapreplace([1, 3], 0))
d = deque(range(5), maxlen=5)
d.append(5); d.appendleft(-1); d.rotate(2)
print(d, d.maxlen, len(d), d[0], d[-1])
d.extendleft([10, 11])
print(d, d.count(11), list(reversed(d)))
