# unittest.main(): a failing run prints the report to stderr and exits 1.
import unittest


class TestFailing(unittest.TestCase):
    def test_ok(self):
        print("ok ran")

    def test_fail(self):
        self.assertEqual({"a": 1}, {"a": 2})

    def test_error(self):
        print("error ran")
        [][1]

    @unittest.skip("why")
    def test_skip(self):
        pass


unittest.main()
