# unittest.main(): discovery in __main__, a passing run exits with status 0.
import unittest


class TestZ(unittest.TestCase):
    def test_b(self):
        print("Z.b")

    def test_a(self):
        print("Z.a")


class TestA(unittest.TestCase):
    def setUp(self):
        print("setUp")

    def test_one(self):
        print("A.one")
        self.assertEqual("x" * 3, "xxx")


class Helper:
    def test_not_collected(self):
        print("never")


if __name__ == "__main__":
    unittest.main()
