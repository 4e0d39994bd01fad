# unittest: the text report of a run with every kind of outcome, captured
# through a stream object (the "Ran ... in" line is dropped: time varies).
import os
import unittest


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        pass


class TestThings(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass", cls.__name__)

    @classmethod
    def tearDownClass(cls):
        print("tearDownClass", cls.__name__)

    def setUp(self):
        self.items = [3, 1, 2]

    def tearDown(self):
        self.items = None

    def test_equal(self):
        self.assertEqual(sorted(self.items), [1, 2, 3])
        self.assertNotEqual(self.items, [])
        self.assertTrue(self.items)
        self.assertFalse([])
        self.assertIs(None, None)
        self.assertIsNot(self.items, [3, 1, 2])
        self.assertIsNone(None)
        self.assertIsNotNone(0)
        self.assertIn(2, self.items)
        self.assertNotIn(5, self.items)
        self.assertIsInstance(self.items, list)
        self.assertGreater(2, 1)
        self.assertGreaterEqual(2, 2)
        self.assertLess(1, 2)
        self.assertLessEqual(2, 2)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertAlmostEqual(1.0, 1.05, delta=0.1)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertListEqual([1], [1])
        self.assertDictEqual({"a": 1}, {"a": 1})
        self.assertSequenceEqual((1, 2), [1, 2])

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        print("caught:", cm.exception)
        self.assertRaises(KeyError, lambda: {}["k"])
        self.assertRaises(ValueError, int, "x")

    def test_fail_int(self):
        self.assertEqual(1, 2)

    def test_fail_msg(self):
        self.assertEqual(1.5, 2, "numbers")

    def test_fail_true(self):
        self.assertTrue(0, msg="zero")

    def test_error(self):
        raise RuntimeError("boom")

    def test_not_raised(self):
        with self.assertRaises(TypeError):
            pass

    @unittest.skip("not today")
    def test_skipped(self):
        print("never")

    @unittest.skipIf(True, "cond")
    def test_skip_if(self):
        print("never")

    @unittest.skipUnless(True, "cond")
    def test_skip_unless(self):
        print("ran skipUnless")

    def test_skip_test(self):
        self.skipTest("inside")

    @unittest.expectedFailure
    def test_expected(self):
        self.assertEqual(1, 0)

    @unittest.expectedFailure
    def test_unexpected(self):
        pass

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertNotEqual(i % 2, 1)

    def not_a_test(self):
        print("never")


class AnotherCase(unittest.TestCase):
    def test_doc(self):
        """First doc line.

        More.
        """
        self.fail("explicit")


def run(verbosity):
    out = Capture()
    runner = unittest.TextTestRunner(stream=out, verbosity=verbosity)
    suite = unittest.TestSuite()
    loader = unittest.TestLoader()
    suite.addTests(loader.loadTestsFromTestCase(TestThings))
    suite.addTest(AnotherCase("test_doc"))
    result = runner.run(suite)
    here = os.path.dirname(os.path.abspath(__file__)) + os.sep
    for line in "".join(out.parts).split("\n"):
        # Tracebacks name this file by its absolute path: drop the directory.
        line = line.replace(here, "")
        if line.startswith("Ran "):
            line = "Ran N tests"
        print(line)
    print(result.testsRun, len(result.failures), len(result.errors),
          len(result.skipped), result.wasSuccessful())


run(1)
run(2)
print(loader_names := unittest.TestLoader().getTestCaseNames(TestThings))
print(str(TestThings("test_equal")), TestThings("test_equal").id())
