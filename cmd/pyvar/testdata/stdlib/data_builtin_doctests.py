# The builtins whose docstrings have examples, and that they all pass (as
# CPython's test_builtin runs them with doctest.DocTestSuite(builtins)).
import builtins
import doctest

finder = doctest.DocTestFinder()
runner = doctest.DocTestRunner(verbose=False)
names = []
for test in finder.find(builtins, "builtins"):
    if test.examples:
        names.append(test.name)
        runner.run(test, out=lambda s: print(s, end=""))
print(sorted(names))
print("failed", runner.failures)
