# operator, heapq and bisect from CPython's Lib over the native
# _operator, _heapq and _bisect.
import operator
import heapq
import bisect
import itertools

print(operator.add is operator.__add__, operator.itemgetter.__module__, operator.add(2, 3), operator.__lt__(1, 2))
print(operator.attrgetter('real')(3j + 1), operator.methodcaller('upper')('x'), operator.length_hint(iter([1, 2])))
print([operator.__iadd__([1], [2]), operator.__concat__('a', 'b'), operator.__index__(5)])
rows = [{'n': 'b', 'v': 2}, {'n': 'a', 'v': 2}, {'n': 'c', 'v': 1}]
print(sorted(rows, key=operator.itemgetter('v', 'n')))
print(list(itertools.starmap(operator.mul, [(2, 3), (4, 5)])), list(itertools.accumulate([1, 2, 3], operator.mul)))

h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), heapq.nsmallest(3, [5, 1, 8, 3]), heapq.nlargest(2, [5, 1, 8, 3], key=lambda x: -x))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge([3, 1], [4, 2], key=lambda x: -x, reverse=True)))
print(heapq.heappushpop([1, 2], 0), heapq.heapreplace([1, 2], 5), heapq.heappop is heapq._heappop_max)
data = [(i * 37) % 101 for i in range(50)]
print(heapq.nsmallest(5, data), heapq.nlargest(5, data), heapq.nsmallest(1, data), heapq.nlargest(1, iter(data)))

a = [1, 2, 4, 4, 8]
print(bisect.bisect(a, 4), bisect.bisect_left(a, 4), bisect.bisect_right(a, 4, hi=3))
bisect.insort(a, 5)
bisect.insort_left(a, 0)
print(a, bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right)


def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(score) for score in [33, 99, 77, 70, 89, 90, 100]])
people = [('bob', 30), ('amy', 25), ('cat', 35)]
people.sort(key=operator.itemgetter(1))
print(bisect.bisect_left(people, 30, key=operator.itemgetter(1)), people)
