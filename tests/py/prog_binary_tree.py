class Tree:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None

    def insert(self, key):
        if key < self.key:
            if self.left is None:
                self.left = Tree(key)
            else:
                self.left.insert(key)
        elif key > self.key:
            if self.right is None:
                self.right = Tree(key)
            else:
                self.right.insert(key)

    def inorder(self, out):
        if self.left:
            self.left.inorder(out)
        out.append(self.key)
        if self.right:
            self.right.inorder(out)
        return out

    def preorder(self):
        result = [self.key]
        for child in (self.left, self.right):
            if child:
                result += child.preorder()
        return result

    def height(self):
        lh = self.left.height() if self.left else 0
        rh = self.right.height() if self.right else 0
        return 1 + max(lh, rh)

    def contains(self, key):
        node = self
        while node:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False

    def level_order(self):
        levels = []
        frontier = [self]
        while frontier:
            levels.append([n.key for n in frontier])
            nxt = []
            for n in frontier:
                if n.left:
                    nxt.append(n.left)
                if n.right:
                    nxt.append(n.right)
            frontier = nxt
        return levels


root = Tree(50)
for k in [30, 70, 20, 40, 60, 80, 35, 45, 65, 30]:
    root.insert(k)
print(root.inorder([]))
print(root.preorder())
print(root.height(), root.contains(45), root.contains(99))
print(root.level_order())
seed = 12345
big = Tree(500)
for _ in range(300):
    seed = (seed * 1103515245 + 12345) % 2147483648
    big.insert(seed % 1000)
keys = big.inorder([])
print(len(keys), keys[:10], keys == sorted(keys), big.height())
