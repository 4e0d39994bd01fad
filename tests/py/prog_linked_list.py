class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedListIterator:
    def __init__(self, node):
        self.node = node

    def __iter__(self):
        return self

    def __next__(self):
        if self.node is None:
            raise StopIteration
        value = self.node.value
        self.node = self.node.next
        return value


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in items:
            self.append(x)

    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next is not None:
                cur = cur.next
            cur.next = node
        self.size += 1

    def prepend(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def remove(self, value):
        prev = None
        cur = self.head
        while cur is not None:
            if cur.value == value:
                if prev is None:
                    self.head = cur.next
                else:
                    prev.next = cur.next
                self.size -= 1
                return True
            prev, cur = cur, cur.next
        return False

    def reverse(self):
        prev = None
        cur = self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def __iter__(self):
        return LinkedListIterator(self.head)

    def __len__(self):
        return self.size

    def __contains__(self, value):
        for v in self:
            if v == value:
                return True
        return False

    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"


ll = LinkedList([3, 1, 4, 1, 5])
print(ll, len(ll))
ll.prepend(0)
ll.append(9)
print(ll, 4 in ll, 7 in ll)
print(ll.remove(1), ll.remove(42), ll)
ll.reverse()
print(ll, list(ll), sum(ll))
empty = LinkedList()
empty.reverse()
print(empty, len(empty), list(empty))
words = LinkedList("linked")
print(words, "".join(words))
