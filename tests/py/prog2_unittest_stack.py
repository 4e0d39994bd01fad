import unittest
from typing import List, Optional


class Stack:
    def __init__(self, items: Optional[List[int]] = None) -> None:
        self._items: List[int] = list(items) if items else []

    def push(self, x: int) -> None:
        self._items.append(x)

    def pop(self) -> int:
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def peek(self) -> int:
        if not self._items:
            raise IndexError("peek from empty stack")
        return self._items[-1]

    def __len__(self) -> int:
        return len(self._items)

    def __bool__(self) -> bool:
        return bool(self._items)

    def __iter__(self):
        return reversed(self._items)

    def __repr__(self) -> str:
        return f"Stack({self._items!r})"


class TestStack(unittest.TestCase):
    def setUp(self):
        self.s = Stack([1, 2, 3])

    def test_push_pop(self):
        self.s.push(4)
        self.assertEqual(self.s.pop(), 4)
        self.assertEqual(len(self.s), 3)

    def test_empty_pop_raises(self):
        s = Stack()
        with self.assertRaises(IndexError) as cm:
            s.pop()
        self.assertEqual(str(cm.exception), "pop from empty stack")
        self.assertRaisesRegex(IndexError, "peek.*empty", s.peek)

    def test_iter_order(self):
        self.assertListEqual(list(self.s), [3, 2, 1])

    def test_repr(self):
        self.assertEqual(repr(self.s), "Stack([1, 2, 3])")

    def test_bool(self):
        self.assertTrue(self.s)
        self.assertFalse(Stack())

    def test_subtests(self):
        for i, expected in enumerate([3, 2, 1]):
            with self.subTest(i=i):
                self.assertEqual(self.s.pop(), expected)

    @unittest.skip("not implemented")
    def test_skipped(self):
        self.fail("should not run")

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertEqual(1, 2)

    def test_almost(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertNotAlmostEqual(0.1, 0.2, places=3)
        self.assertIn(2, self.s._items)
        self.assertIsNone(None)
        self.assertIsInstance(self.s, Stack)
        self.assertGreater(3, 2)
        self.assertLessEqual(2, 2)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])


class TestFailing(unittest.TestCase):
    def test_fail_eq(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])

    def test_error(self):
        {}["missing"]

    def test_ok(self):
        self.assertDictEqual({"a": 1}, {"a": 1})


if __name__ == "__main__":
    unittest.main()
