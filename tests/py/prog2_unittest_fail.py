import unittest
from dataclasses import dataclass
from typing import List


@dataclass
class Account:
    owner: str
    balance: int = 0

    def deposit(self, amount: int) -> int:
        if amount <= 0:
            raise ValueError("amount must be positive")
        self.balance += amount
        return self.balance

    def withdraw(self, amount: int) -> int:
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount
        return self.balance


def moving_average(xs: List[float], n: int) -> List[float]:
    return [sum(xs[i:i + n]) / n for i in range(len(xs) - n + 1)]


class AccountTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.shared = []

    def setUp(self):
        self.acct = Account("ann", 100)
        self.addCleanup(self.shared.append, self._testMethodName)

    def tearDown(self):
        self.acct = None

    def test_deposit(self):
        self.assertEqual(self.acct.deposit(50), 150)

    def test_withdraw_too_much(self):
        with self.assertRaisesRegex(ValueError, r"insufficient funds: 100 < 500"):
            self.acct.withdraw(500)

    def test_negative_deposit(self):
        self.assertRaises(ValueError, self.acct.deposit, -1)

    def test_wrong_balance(self):
        self.acct.withdraw(30)
        self.assertEqual(self.acct.balance, 60, "balance after withdraw")

    def test_equality(self):
        self.assertEqual(Account("x", 1), Account("x", 1))
        self.assertNotEqual(Account("x", 1), Account("x", 2))

    def test_subtest_failures(self):
        for amt in (10, 200, 20):
            with self.subTest(amount=amt):
                self.assertLess(amt, 100)

    def test_true_false(self):
        self.assertTrue([], "empty list is falsy")

    def test_dict_diff(self):
        self.assertEqual({"a": 1, "b": 2}, {"a": 1, "b": 3})


class MathTests(unittest.TestCase):
    def test_moving_average(self):
        self.assertEqual(moving_average([1, 2, 3, 4], 2), [1.5, 2.5, 3.5])

    def test_almost(self):
        self.assertAlmostEqual(sum([0.1] * 10), 1.0, places=7)

    def test_almost_fail(self):
        self.assertAlmostEqual(1.0, 1.1, places=3)

    def test_is(self):
        self.assertIs(None, None)
        self.assertIsNot([], [])
        self.assertNotIn(5, [1, 2])

    def test_error(self):
        moving_average(None, 2)

    @unittest.skipIf(True, "always skipped")
    def test_skip(self):
        pass

    def test_skip_inside(self):
        self.skipTest("inner skip")

    @unittest.expectedFailure
    def test_unexpected_success(self):
        self.assertEqual(1, 1)


if __name__ == "__main__":
    unittest.main(verbosity=2)
