# Pure-Python stdlib modules that need no native module beyond builtins.
import keyword
import heapq

print(keyword.iskeyword("lambda"), keyword.iskeyword("match"), keyword.issoftkeyword("match"))
print(len(keyword.kwlist) > 30, sorted(keyword.softkwlist))
h = []
for x in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, x)
print([heapq.heappop(h) for _ in range(len(h))])
print(heapq.nlargest(2, [4, 7, 1, 9]), heapq.nsmallest(2, [4, 7, 1, 9]))
