"""_unittest_case: unittest's TestCase, its assert methods, subTest and the
skip/expectedFailure decorators (re-exported by `unittest`).
"""

__unittest = True

_MAX_LENGTH = 80
_PLACEHOLDER_LEN = 12
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5


def safe_repr(obj, short=False):
    try:
        result = repr(obj)
    except Exception:
        result = object.__repr__(obj)
    if not short or len(result) < _MAX_LENGTH:
        return result
    return result[:_MAX_LENGTH] + ' [truncated]...'


def strclass(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def _shorten(s, prefixlen, suffixlen):
    skip = len(s) - prefixlen - suffixlen
    if skip > _PLACEHOLDER_LEN:
        s = '%s[%d chars]%s' % (s[:prefixlen], skip, s[len(s) - suffixlen:])
    return s


def _common_shorten_repr(*args):
    args = tuple(map(safe_repr, args))
    maxlen = max(map(len, args))
    if maxlen <= _MAX_LENGTH:
        return args
    prefix = args[0]
    for a in args[1:]:
        i = 0
        while i < len(prefix) and i < len(a) and prefix[i] == a[i]:
            i += 1
        prefix = prefix[:i]
    prefixlen = len(prefix)
    common_len = _MAX_LENGTH - (maxlen - prefixlen + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if common_len > _MIN_COMMON_LEN:
        prefix = _shorten(prefix, _MIN_BEGIN_LEN, common_len)
        return tuple(prefix + s[prefixlen:] for s in args)
    prefix = _shorten(prefix, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(prefix + _shorten(s[prefixlen:], _MIN_END_LEN, _MAX_LENGTH - prefixlen - _MIN_END_LEN - _PLACEHOLDER_LEN)
                 for s in args)


class SkipTest(Exception):
    pass


class _ShouldStop(Exception):
    pass


class _UnexpectedSuccess(Exception):
    pass


def _id(obj):
    return obj


def skip(reason):
    def decorator(test_item):
        test_item.__unittest_skip__ = True
        test_item.__unittest_skip_why__ = reason
        return test_item
    if callable(reason) and not isinstance(reason, str):
        test_item = reason
        reason = ''
        return decorator(test_item)
    return decorator


def skipIf(condition, reason):
    if condition:
        return skip(reason)
    return _id


def skipUnless(condition, reason):
    if not condition:
        return skip(reason)
    return _id


def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item


class _AssertRaisesContext:
    def __init__(self, expected, test_case, expected_regex=None, msg=None):
        self.expected = expected
        self.test_case = test_case
        self.expected_regex = expected_regex
        self.msg = msg
        self.exception = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            try:
                exc_name = self.expected.__name__
            except AttributeError:
                exc_name = str(self.expected)
            self.test_case._raise_failure("%s not raised" % exc_name, self.msg)
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc_value
        if self.expected_regex is None:
            return True
        import re
        expected_regex = self.expected_regex
        if isinstance(expected_regex, (str, bytes)):
            expected_regex = re.compile(expected_regex)
        if not expected_regex.search(str(exc_value)):
            self.test_case._raise_failure('"%s" does not match "%s"' %
                                          (expected_regex.pattern, str(exc_value)), self.msg)
        return True

    def handle(self, name, args, kwargs):
        if not args:
            self.msg = kwargs.pop('msg', None)
            return self
        callable_obj = args[0]
        args = args[1:]
        with self:
            callable_obj(*args, **kwargs)
        return self


class _SubTest:
    def __init__(self, test_case, message, params):
        self.test_case = test_case
        self._message = message
        self.params = params
        self.failureException = test_case.failureException

    def _subDescription(self):
        parts = []
        if self._message is not _subtest_msg_sentinel:
            parts.append("[{}]".format(self._message))
        if self.params:
            parts.append("({})".format(", ".join(
                "{}={!r}".format(k, v) for k, v in self.params.items())))
        return " ".join(parts) or '(<subtest>)'

    def id(self):
        return "{} {}".format(self.test_case.id(), self._subDescription())

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return "{} {}".format(self.test_case, self._subDescription())


_subtest_msg_sentinel = object()


class _SubTestContext:
    def __init__(self, case, msg, params):
        self.case = case
        self.msg = msg
        self.params = params

    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc_value, tb):
        case = self.case
        result = case._result
        sub = _SubTest(case, self.msg, self.params)
        if exc_type is None:
            if result is not None:
                result.addSubTest(case, sub, None)
            return False
        if issubclass(exc_type, SkipTest):
            if result is not None:
                result.addSkip(sub, str(exc_value))
            return True
        if issubclass(exc_type, (KeyboardInterrupt, _ShouldStop)):
            return False
        case._subtest_failed = True
        if result is not None:
            result.addSubTest(case, sub, (exc_type, exc_value, tb))
        return True


class TestCase:
    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    _classSetupFailed = False

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._result = None
        self._cleanups = []
        self._subtest_failed = False
        try:
            testMethod = getattr(self, methodName)
        except AttributeError:
            if methodName != 'runTest':
                raise ValueError("no such test method in %s: %s" %
                                 (self.__class__, methodName))
            self._testMethodDoc = None
            return
        self._testMethodDoc = getattr(testMethod, '__doc__', None)

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def setUp(self):
        pass

    def tearDown(self):
        pass

    def addCleanup(self, function, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    def doCleanups(self):
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            function(*args, **kwargs)

    def countTestCases(self):
        return 1

    def id(self):
        return "%s.%s" % (strclass(self.__class__), self._testMethodName)

    def __str__(self):
        return "%s (%s.%s)" % (self._testMethodName, strclass(self.__class__),
                               self._testMethodName)

    def __repr__(self):
        return "<%s testMethod=%s>" % (strclass(self.__class__), self._testMethodName)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._testMethodName == other._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def shortDescription(self):
        doc = self._testMethodDoc
        return doc.strip().split("\n")[0].strip() if doc else None

    def subTest(self, msg=_subtest_msg_sentinel, **params):
        return _SubTestContext(self, msg, params)

    def skipTest(self, reason):
        raise SkipTest(reason)

    def defaultTestResult(self):
        return TestResult()

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def _call_phase(self, result, fn, is_test=False):
        """Runs one phase; True when it completed without an exception."""
        try:
            fn()
            return True
        except KeyboardInterrupt:
            raise
        except SkipTest as e:
            result.addSkip(self, str(e))
        except BaseException as e:
            if is_test and self._expecting_failure:
                result.addExpectedFailure(self, (type(e), e, None))
            elif isinstance(e, self.failureException):
                result.addFailure(self, (type(e), e, None))
            else:
                result.addError(self, (type(e), e, None))
        self._phase_failed = True
        return False

    def run(self, result=None):
        if result is None:
            result = self.defaultTestResult()
        self._result = result
        result.startTest(self)
        try:
            testMethod = getattr(self, self._testMethodName)
            testFunc = getattr(type(self), self._testMethodName, testMethod)
            if (getattr(self.__class__, "__unittest_skip__", False) or
                    getattr(testFunc, "__unittest_skip__", False)):
                why = (getattr(self.__class__, '__unittest_skip_why__', '')
                       or getattr(testFunc, '__unittest_skip_why__', ''))
                result.addSkip(self, why)
                return result
            self._expecting_failure = (
                getattr(testFunc, "__unittest_expecting_failure__", False) or
                getattr(self, "__unittest_expecting_failure__", False))
            self._phase_failed = False
            self._subtest_failed = False
            if self._call_phase(result, self.setUp):
                test_ok = self._call_phase(result, testMethod, True)
                self._call_phase(result, self.tearDown)
                if test_ok and self._subtest_failed and self._expecting_failure:
                    result.addExpectedFailure(self, None)
                elif test_ok and not self._phase_failed and not self._subtest_failed:
                    if self._expecting_failure:
                        result.addUnexpectedSuccess(self)
                    else:
                        result.addSuccess(self)
            try:
                self.doCleanups()
            except Exception as e:
                result.addError(self, (type(e), e, None))
            return result
        finally:
            result.stopTest(self)
            self._result = None

    def debug(self):
        self.setUp()
        getattr(self, self._testMethodName)()
        self.tearDown()
        self.doCleanups()

    # -- assertions ------------------------------------------------------

    def _formatMessage(self, msg, standardMsg):
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        try:
            return '%s : %s' % (standardMsg, msg)
        except UnicodeDecodeError:
            return '%s : %s' % (safe_repr(standardMsg), safe_repr(msg))

    def _raise_failure(self, standardMsg, msg=None):
        raise self.failureException(self._formatMessage(msg, standardMsg))

    def fail(self, msg=None):
        raise self.failureException(msg)

    def assertTrue(self, expr, msg=None):
        if not expr:
            self._raise_failure("%s is not true" % safe_repr(expr), msg)

    def assertFalse(self, expr, msg=None):
        if expr:
            self._raise_failure("%s is not false" % safe_repr(expr), msg)

    def _getAssertEqualityFunc(self, first, second):
        if type(first) is type(second):
            name = _TYPE_EQUALITY.get(type(first))
            if name is not None:
                return getattr(self, name)
        return self._baseAssertEqual

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            standardMsg = '%s != %s' % _common_shorten_repr(first, second)
            self._raise_failure(standardMsg, msg)

    def assertEqual(self, first, second, msg=None):
        assertion_func = self._getAssertEqualityFunc(first, second)
        assertion_func(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self._raise_failure('%s == %s' % (safe_repr(first), safe_repr(second)), msg)

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            standardMsg = '%s != %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(diff))
        else:
            if places is None:
                places = 7
            if round(diff, places) == 0:
                return
            standardMsg = '%s != %s within %r places (%s difference)' % (
                safe_repr(first), safe_repr(second), places, safe_repr(diff))
        self._raise_failure(standardMsg, msg)

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if not (first == second) and diff > delta:
                return
            standardMsg = '%s == %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(diff))
        else:
            if places is None:
                places = 7
            if not (first == second) and round(diff, places) != 0:
                return
            standardMsg = '%s == %s within %r places' % (safe_repr(first), safe_repr(second), places)
        self._raise_failure(standardMsg, msg)

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        if seq_type is not None:
            seq_type_name = seq_type.__name__
            if not isinstance(seq1, seq_type):
                self._raise_failure('First sequence is not a %s: %s' % (seq_type_name, safe_repr(seq1)), msg)
            if not isinstance(seq2, seq_type):
                self._raise_failure('Second sequence is not a %s: %s' % (seq_type_name, safe_repr(seq2)), msg)
        else:
            seq_type_name = "sequence"
        if seq1 == seq2:
            return
        differing = '%ss differ: %s != %s\n' % ((seq_type_name.capitalize(),) +
                                                _common_shorten_repr(seq1, seq2))
        len1 = len(seq1)
        len2 = len(seq2)
        for i in range(min(len1, len2)):
            item1 = seq1[i]
            item2 = seq2[i]
            if item1 != item2:
                differing += ('\nFirst differing element %d:\n%s\n%s\n' %
                              ((i,) + _common_shorten_repr(item1, item2)))
                break
        else:
            if len1 == len2 and seq_type is None and type(seq1) != type(seq2):
                return
        if len1 > len2:
            differing += ('\nFirst %s contains %d additional '
                          'elements.\n' % (seq_type_name, len1 - len2))
            differing += ('First extra element %d:\n%s\n' % (len2, safe_repr(seq1[len2])))
        elif len1 < len2:
            differing += ('\nSecond %s contains %d additional '
                          'elements.\n' % (seq_type_name, len2 - len1))
            differing += ('First extra element %d:\n%s\n' % (len1, safe_repr(seq2[len1])))
        self._raise_failure(differing.rstrip('\n'), msg)

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        try:
            difference1 = set1.difference(set2)
            difference2 = set2.difference(set1)
        except (TypeError, AttributeError) as e:
            self.fail('invalid type when attempting set difference: %s' % e)
        if not (difference1 or difference2):
            return
        lines = []
        if difference1:
            lines.append('Items in the first set but not the second:')
            for item in difference1:
                lines.append(repr(item))
        if difference2:
            lines.append('Items in the second set but not the first:')
            for item in difference2:
                lines.append(repr(item))
        self._raise_failure('\n'.join(lines), msg)

    def assertDictEqual(self, d1, d2, msg=None):
        if d1 != d2:
            standardMsg = '%s != %s' % _common_shorten_repr(d1, d2)
            self._raise_failure(standardMsg, msg)

    def assertMultiLineEqual(self, first, second, msg=None):
        if first != second:
            standardMsg = '%s != %s' % _common_shorten_repr(first, second)
            # (CPython appends difflib.ndiff's output; we show the lines
            # without the "?" hint lines.)
            diff = ['- ' + line for line in first.splitlines()]
            diff += ['+ ' + line for line in second.splitlines()]
            standardMsg += '\n' + '\n'.join(diff)
            self._raise_failure(standardMsg, msg)

    def assertCountEqual(self, first, second, msg=None):
        first_seq, second_seq = list(first), list(second)
        differences = []
        seen = []
        for elem in first_seq:
            if elem in seen:
                continue
            seen.append(elem)
            cnt_s = first_seq.count(elem)
            cnt_t = second_seq.count(elem)
            if cnt_s != cnt_t:
                differences.append((cnt_s, cnt_t, elem))
        for elem in second_seq:
            if elem in seen:
                continue
            seen.append(elem)
            cnt_t = second_seq.count(elem)
            differences.append((0, cnt_t, elem))
        if differences:
            standardMsg = 'Element counts were not equal:\n'
            lines = ['First has %d, Second has %d:  %r' % diff for diff in differences]
            self._raise_failure(standardMsg + '\n'.join(lines), msg)

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self._raise_failure('%s is not %s' % (safe_repr(expr1), safe_repr(expr2)), msg)

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self._raise_failure('unexpectedly identical: %s' % (safe_repr(expr1),), msg)

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self._raise_failure('%s is not None' % (safe_repr(obj),), msg)

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self._raise_failure('unexpectedly None', msg)

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self._raise_failure('%s not found in %s' % (safe_repr(member), safe_repr(container)), msg)

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self._raise_failure('%s unexpectedly found in %s' % (safe_repr(member), safe_repr(container)), msg)

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self._raise_failure('%s is not an instance of %r' % (safe_repr(obj), cls), msg)

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self._raise_failure('%s is an instance of %r' % (safe_repr(obj), cls), msg)

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self._raise_failure('%s not greater than %s' % (safe_repr(a), safe_repr(b)), msg)

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self._raise_failure('%s not greater than or equal to %s' % (safe_repr(a), safe_repr(b)), msg)

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self._raise_failure('%s not less than %s' % (safe_repr(a), safe_repr(b)), msg)

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self._raise_failure('%s not less than or equal to %s' % (safe_repr(a), safe_repr(b)), msg)

    def assertRegex(self, text, expected_regex, msg=None):
        import re
        if isinstance(expected_regex, (str, bytes)):
            expected_regex = re.compile(expected_regex)
        if not expected_regex.search(text):
            self._raise_failure("Regex didn't match: %r not found in %r" % (expected_regex.pattern, text), msg)

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        import re
        if isinstance(unexpected_regex, (str, bytes)):
            unexpected_regex = re.compile(unexpected_regex)
        match = unexpected_regex.search(text)
        if match:
            self._raise_failure('Regex matched: %r matches %r in %r' % (
                text[match.start():match.end()], unexpected_regex.pattern, text), msg)

    def assertRaises(self, expected_exception, *args, **kwargs):
        context = _AssertRaisesContext(expected_exception, self)
        return context.handle('assertRaises', args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        context = _AssertRaisesContext(expected_exception, self, expected_regex)
        return context.handle('assertRaisesRegex', args, kwargs)

    assertEquals = assertEqual
    assertNotEquals = assertNotEqual
    assertAlmostEquals = assertAlmostEqual
    assert_ = assertTrue
    failUnless = assertTrue
    failIf = assertFalse
    assertRegexpMatches = assertRegex
    assertRaisesRegexp = assertRaisesRegex


_TYPE_EQUALITY = {
    dict: 'assertDictEqual',
    list: 'assertListEqual',
    tuple: 'assertTupleEqual',
    set: 'assertSetEqual',
    frozenset: 'assertSetEqual',
    str: 'assertMultiLineEqual',
}


