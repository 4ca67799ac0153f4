d = {}
s = set()
l = []
def show(tag):
    print(tag, d, sorted(s, key=repr), l)
try:
    r = d.setdefault(2, 25)
    print('d.setdefault(2, 25)', repr(r))
except Exception as e:
    print('d.setdefault(2, 25)', type(e).__name__, e)
try:
    r = d.pop(2**70)
    print('d.pop(2**70)', repr(r))
except Exception as e:
    print('d.pop(2**70)', type(e).__name__, e)
try:
    r = s.discard(2**70)
    print('s.discard(2**70)', repr(r))
except Exception as e:
    print('s.discard(2**70)', type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = l.append('c')
    print("l.append('c')", repr(r))
except Exception as e:
    print("l.append('c')", type(e).__name__, e)
try:
    r = s.remove('c')
    print("s.remove('c')", repr(r))
except Exception as e:
    print("s.remove('c')", type(e).__name__, e)
try:
    r = d.clear()
    print('d.clear()', repr(r))
except Exception as e:
    print('d.clear()', type(e).__name__, e)
try:
    del d[7]; print('del', '7')
except KeyError as e:
    print('del KeyError', e)
try:
    del d[False]; print('del', 'False')
except KeyError as e:
    print('del KeyError', e)
d['b'] = 65; print('set', "'b'")
try:
    r = d.get(0)
    print('d.get(0)', repr(r))
except Exception as e:
    print('d.get(0)', type(e).__name__, e)
try:
    r = d.get(1)
    print('d.get(1)', repr(r))
except Exception as e:
    print('d.get(1)', type(e).__name__, e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    r = d.update({2**70: 54})
    print('d.update({2**70: 54})', repr(r))
except Exception as e:
    print('d.update({2**70: 54})', type(e).__name__, e)
try:
    r = d.update({'b': 97})
    print("d.update({'b': 97})", repr(r))
except Exception as e:
    print("d.update({'b': 97})", type(e).__name__, e)
try:
    r = s.discard((1, 2))
    print('s.discard((1, 2))', repr(r))
except Exception as e:
    print('s.discard((1, 2))', type(e).__name__, e)
try:
    r = d.pop(True, 'dflt')
    print("d.pop(True, 'dflt')", repr(r))
except Exception as e:
    print("d.pop(True, 'dflt')", type(e).__name__, e)
try:
    r = s.discard(12)
    print('s.discard(12)', repr(r))
except Exception as e:
    print('s.discard(12)', type(e).__name__, e)
try:
    r = True in d
    print('True in d', repr(r))
except Exception as e:
    print('True in d', type(e).__name__, e)
try:
    r = l.remove('b')
    print("l.remove('b')", repr(r))
except Exception as e:
    print("l.remove('b')", type(e).__name__, e)
try:
    r = d.get('a')
    print("d.get('a')", repr(r))
except Exception as e:
    print("d.get('a')", type(e).__name__, e)
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
try:
    r = s.discard(-1)
    print('s.discard(-1)', repr(r))
except Exception as e:
    print('s.discard(-1)', type(e).__name__, e)
try:
    r = l.insert(16 % 5, False)
    print('l.insert(16 % 5, False)', repr(r))
except Exception as e:
    print('l.insert(16 % 5, False)', type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = d.pop(0, 'dflt')
    print("d.pop(0, 'dflt')", repr(r))
except Exception as e:
    print("d.pop(0, 'dflt')", type(e).__name__, e)
try:
    r = d.pop((1, 2))
    print('d.pop((1, 2))', repr(r))
except Exception as e:
    print('d.pop((1, 2))', type(e).__name__, e)
try:
    r = s.add(3.0)
    print('s.add(3.0)', repr(r))
except Exception as e:
    print('s.add(3.0)', type(e).__name__, e)
try:
    r = s.add(3.0)
    print('s.add(3.0)', repr(r))
except Exception as e:
    print('s.add(3.0)', type(e).__name__, e)
try:
    r = 'a' in d
    print("'a' in d", repr(r))
except Exception as e:
    print("'a' in d", type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = d.get(2)
    print('d.get(2)', repr(r))
except Exception as e:
    print('d.get(2)', type(e).__name__, e)
try:
    r = l.insert(71 % 5, (1, 2))
    print('l.insert(71 % 5, (1, 2))', repr(r))
except Exception as e:
    print('l.insert(71 % 5, (1, 2))', type(e).__name__, e)
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
try:
    del d[False]; print('del', 'False')
except KeyError as e:
    print('del KeyError', e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = s.remove(12)
    print('s.remove(12)', repr(r))
except Exception as e:
    print('s.remove(12)', type(e).__name__, e)
try:
    r = d.clear()
    print('d.clear()', repr(r))
except Exception as e:
    print('d.clear()', type(e).__name__, e)
d[-5] = 81; print('set', '-5')
try:
    r = d.update({1: 45})
    print('d.update({1: 45})', repr(r))
except Exception as e:
    print('d.update({1: 45})', type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    r = d.get(-1)
    print('d.get(-1)', repr(r))
except Exception as e:
    print('d.get(-1)', type(e).__name__, e)
try:
    r = d.update({'a': 69})
    print("d.update({'a': 69})", repr(r))
except Exception as e:
    print("d.update({'a': 69})", type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    del d[-1]; print('del', '-1')
except KeyError as e:
    print('del KeyError', e)
try:
    r = 'c' in d
    print("'c' in d", repr(r))
except Exception as e:
    print("'c' in d", type(e).__name__, e)
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    r = d.pop(False, 'dflt')
    print("d.pop(False, 'dflt')", repr(r))
except Exception as e:
    print("d.pop(False, 'dflt')", type(e).__name__, e)
try:
    r = s.discard((1, 2))
    print('s.discard((1, 2))', repr(r))
except Exception as e:
    print('s.discard((1, 2))', type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = d.update({-1: 78})
    print('d.update({-1: 78})', repr(r))
except Exception as e:
    print('d.update({-1: 78})', type(e).__name__, e)
d[7] = 54; print('set', '7')
try:
    r = s.add(True)
    print('s.add(True)', repr(r))
except Exception as e:
    print('s.add(True)', type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = l.append((1, 2))
    print('l.append((1, 2))', repr(r))
except Exception as e:
    print('l.append((1, 2))', type(e).__name__, e)
try:
    r = d.pop(12)
    print('d.pop(12)', repr(r))
except Exception as e:
    print('d.pop(12)', type(e).__name__, e)
try:
    r = d.setdefault(1, 96)
    print('d.setdefault(1, 96)', repr(r))
except Exception as e:
    print('d.setdefault(1, 96)', type(e).__name__, e)
d[(1, 2)] = 18; print('set', '(1, 2)')
try:
    r = d.clear()
    print('d.clear()', repr(r))
except Exception as e:
    print('d.clear()', type(e).__name__, e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    r = s.add(7)
    print('s.add(7)', repr(r))
except Exception as e:
    print('s.add(7)', type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    r = l.insert(8 % 5, 'c')
    print("l.insert(8 % 5, 'c')", repr(r))
except Exception as e:
    print("l.insert(8 % 5, 'c')", type(e).__name__, e)
try:
    r = d.get('c')
    print("d.get('c')", repr(r))
except Exception as e:
    print("d.get('c')", type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    del d[-1]; print('del', '-1')
except KeyError as e:
    print('del KeyError', e)
d[True] = 54; print('set', 'True')
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    r = d.get(-5)
    print('d.get(-5)', repr(r))
except Exception as e:
    print('d.get(-5)', type(e).__name__, e)
try:
    r = d.setdefault(3.0, 19)
    print('d.setdefault(3.0, 19)', repr(r))
except Exception as e:
    print('d.setdefault(3.0, 19)', type(e).__name__, e)
try:
    r = 12 in d
    print('12 in d', repr(r))
except Exception as e:
    print('12 in d', type(e).__name__, e)
try:
    r = d.clear()
    print('d.clear()', repr(r))
except Exception as e:
    print('d.clear()', type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    r = d.clear()
    print('d.clear()', repr(r))
except Exception as e:
    print('d.clear()', type(e).__name__, e)
try:
    r = l.append(2**70)
    print('l.append(2**70)', repr(r))
except Exception as e:
    print('l.append(2**70)', type(e).__name__, e)
d[-1] = 70; print('set', '-1')
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    r = 0 in d
    print('0 in d', repr(r))
except Exception as e:
    print('0 in d', type(e).__name__, e)
try:
    r = s.discard(1)
    print('s.discard(1)', repr(r))
except Exception as e:
    print('s.discard(1)', type(e).__name__, e)
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
try:
    r = d.pop(12)
    print('d.pop(12)', repr(r))
except Exception as e:
    print('d.pop(12)', type(e).__name__, e)
try:
    r = l.remove(-1)
    print('l.remove(-1)', repr(r))
except Exception as e:
    print('l.remove(-1)', type(e).__name__, e)
try:
    r = d.pop(3.0)
    print('d.pop(3.0)', repr(r))
except Exception as e:
    print('d.pop(3.0)', type(e).__name__, e)
try:
    r = d.pop(False)
    print('d.pop(False)', repr(r))
except Exception as e:
    print('d.pop(False)', type(e).__name__, e)
try:
    r = d.setdefault(7, 70)
    print('d.setdefault(7, 70)', repr(r))
except Exception as e:
    print('d.setdefault(7, 70)', type(e).__name__, e)
try:
    r = l.append(7)
    print('l.append(7)', repr(r))
except Exception as e:
    print('l.append(7)', type(e).__name__, e)
try:
    r = l.insert(42 % 5, 1)
    print('l.insert(42 % 5, 1)', repr(r))
except Exception as e:
    print('l.insert(42 % 5, 1)', type(e).__name__, e)
try:
    r = d.pop(2**70)
    print('d.pop(2**70)', repr(r))
except Exception as e:
    print('d.pop(2**70)', type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = s.discard(2)
    print('s.discard(2)', repr(r))
except Exception as e:
    print('s.discard(2)', type(e).__name__, e)
show(99)
try:
    r = s.discard(12)
    print('s.discard(12)', repr(r))
except Exception as e:
    print('s.discard(12)', type(e).__name__, e)
try:
    r = 'b' in d
    print("'b' in d", repr(r))
except Exception as e:
    print("'b' in d", type(e).__name__, e)
d[(1, 2)] = 93; print('set', '(1, 2)')
try:
    r = d.setdefault(12, 23)
    print('d.setdefault(12, 23)', repr(r))
except Exception as e:
    print('d.setdefault(12, 23)', type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = d.setdefault(-1, 3)
    print('d.setdefault(-1, 3)', repr(r))
except Exception as e:
    print('d.setdefault(-1, 3)', type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = s.remove(0)
    print('s.remove(0)', repr(r))
except Exception as e:
    print('s.remove(0)', type(e).__name__, e)
try:
    r = d.pop(-5, 'dflt')
    print("d.pop(-5, 'dflt')", repr(r))
except Exception as e:
    print("d.pop(-5, 'dflt')", type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = s.remove(7)
    print('s.remove(7)', repr(r))
except Exception as e:
    print('s.remove(7)', type(e).__name__, e)
try:
    r = s.discard(False)
    print('s.discard(False)', repr(r))
except Exception as e:
    print('s.discard(False)', type(e).__name__, e)
try:
    r = s.add(3.0)
    print('s.add(3.0)', repr(r))
except Exception as e:
    print('s.add(3.0)', type(e).__name__, e)
try:
    r = d.pop(2**70, 'dflt')
    print("d.pop(2**70, 'dflt')", repr(r))
except Exception as e:
    print("d.pop(2**70, 'dflt')", type(e).__name__, e)
try:
    r = d.get(False)
    print('d.get(False)', repr(r))
except Exception as e:
    print('d.get(False)', type(e).__name__, e)
try:
    r = 2 in d
    print('2 in d', repr(r))
except Exception as e:
    print('2 in d', type(e).__name__, e)
try:
    r = s.remove(2)
    print('s.remove(2)', repr(r))
except Exception as e:
    print('s.remove(2)', type(e).__name__, e)
try:
    r = l.append(1)
    print('l.append(1)', repr(r))
except Exception as e:
    print('l.append(1)', type(e).__name__, e)
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
try:
    r = d.pop(False, 'dflt')
    print("d.pop(False, 'dflt')", repr(r))
except Exception as e:
    print("d.pop(False, 'dflt')", type(e).__name__, e)
try:
    r = s.add(2**70)
    print('s.add(2**70)', repr(r))
except Exception as e:
    print('s.add(2**70)', type(e).__name__, e)
try:
    r = d.pop(12)
    print('d.pop(12)', repr(r))
except Exception as e:
    print('d.pop(12)', type(e).__name__, e)
d['c'] = 29; print('set', "'c'")
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    del d[2**70]; print('del', '2**70')
except KeyError as e:
    print('del KeyError', e)
try:
    r = d.get(True)
    print('d.get(True)', repr(r))
except Exception as e:
    print('d.get(True)', type(e).__name__, e)
try:
    r = d.update({'b': 70})
    print("d.update({'b': 70})", repr(r))
except Exception as e:
    print("d.update({'b': 70})", type(e).__name__, e)
try:
    r = d.clear()
    print('d.clear()', repr(r))
except Exception as e:
    print('d.clear()', type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
d[2] = 70; print('set', '2')
try:
    r = l.append(True)
    print('l.append(True)', repr(r))
except Exception as e:
    print('l.append(True)', type(e).__name__, e)
try:
    r = d.get('c')
    print("d.get('c')", repr(r))
except Exception as e:
    print("d.get('c')", type(e).__name__, e)
try:
    r = s.discard(1)
    print('s.discard(1)', repr(r))
except Exception as e:
    print('s.discard(1)', type(e).__name__, e)
d[3.0] = 38; print('set', '3.0')
try:
    r = d.pop((1, 2))
    print('d.pop((1, 2))', repr(r))
except Exception as e:
    print('d.pop((1, 2))', type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = d.setdefault(False, 81)
    print('d.setdefault(False, 81)', repr(r))
except Exception as e:
    print('d.setdefault(False, 81)', type(e).__name__, e)
try:
    r = s.discard(3.0)
    print('s.discard(3.0)', repr(r))
except Exception as e:
    print('s.discard(3.0)', type(e).__name__, e)
try:
    r = d.pop(True)
    print('d.pop(True)', repr(r))
except Exception as e:
    print('d.pop(True)', type(e).__name__, e)
try:
    r = d.pop(3.0, 'dflt')
    print("d.pop(3.0, 'dflt')", repr(r))
except Exception as e:
    print("d.pop(3.0, 'dflt')", type(e).__name__, e)
try:
    r = d.setdefault(-1, 66)
    print('d.setdefault(-1, 66)', repr(r))
except Exception as e:
    print('d.setdefault(-1, 66)', type(e).__name__, e)
try:
    r = d.setdefault((1, 2), 39)
    print('d.setdefault((1, 2), 39)', repr(r))
except Exception as e:
    print('d.setdefault((1, 2), 39)', type(e).__name__, e)
try:
    r = l.remove(7)
    print('l.remove(7)', repr(r))
except Exception as e:
    print('l.remove(7)', type(e).__name__, e)
try:
    r = l.insert(28 % 5, 3.0)
    print('l.insert(28 % 5, 3.0)', repr(r))
except Exception as e:
    print('l.insert(28 % 5, 3.0)', type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    r = s.add(7)
    print('s.add(7)', repr(r))
except Exception as e:
    print('s.add(7)', type(e).__name__, e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    r = s.add((1, 2))
    print('s.add((1, 2))', repr(r))
except Exception as e:
    print('s.add((1, 2))', type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
show(149)
try:
    r = s.discard(-5)
    print('s.discard(-5)', repr(r))
except Exception as e:
    print('s.discard(-5)', type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = d.update({True: 67})
    print('d.update({True: 67})', repr(r))
except Exception as e:
    print('d.update({True: 67})', type(e).__name__, e)
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
try:
    r = s.discard(False)
    print('s.discard(False)', repr(r))
except Exception as e:
    print('s.discard(False)', type(e).__name__, e)
try:
    r = s.remove(3.0)
    print('s.remove(3.0)', repr(r))
except Exception as e:
    print('s.remove(3.0)', type(e).__name__, e)
try:
    r = s.discard('b')
    print("s.discard('b')", repr(r))
except Exception as e:
    print("s.discard('b')", type(e).__name__, e)
try:
    r = d.pop(True)
    print('d.pop(True)', repr(r))
except Exception as e:
    print('d.pop(True)', type(e).__name__, e)
try:
    r = d.pop(-5)
    print('d.pop(-5)', repr(r))
except Exception as e:
    print('d.pop(-5)', type(e).__name__, e)
try:
    r = d.update({7: 97})
    print('d.update({7: 97})', repr(r))
except Exception as e:
    print('d.update({7: 97})', type(e).__name__, e)
try:
    r = s.add((1, 2))
    print('s.add((1, 2))', repr(r))
except Exception as e:
    print('s.add((1, 2))', type(e).__name__, e)
try:
    r = s.add(-1)
    print('s.add(-1)', repr(r))
except Exception as e:
    print('s.add(-1)', type(e).__name__, e)
try:
    r = l.insert(75 % 5, True)
    print('l.insert(75 % 5, True)', repr(r))
except Exception as e:
    print('l.insert(75 % 5, True)', type(e).__name__, e)
try:
    r = l.remove(7)
    print('l.remove(7)', repr(r))
except Exception as e:
    print('l.remove(7)', type(e).__name__, e)
try:
    r = l.append(True)
    print('l.append(True)', repr(r))
except Exception as e:
    print('l.append(True)', type(e).__name__, e)
try:
    r = l.append(0)
    print('l.append(0)', repr(r))
except Exception as e:
    print('l.append(0)', type(e).__name__, e)
try:
    r = 12 in d
    print('12 in d', repr(r))
except Exception as e:
    print('12 in d', type(e).__name__, e)
try:
    r = s.remove(2**70)
    print('s.remove(2**70)', repr(r))
except Exception as e:
    print('s.remove(2**70)', type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    r = l.remove('b')
    print("l.remove('b')", repr(r))
except Exception as e:
    print("l.remove('b')", type(e).__name__, e)
try:
    r = s.discard(1)
    print('s.discard(1)', repr(r))
except Exception as e:
    print('s.discard(1)', type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    del d[0]; print('del', '0')
except KeyError as e:
    print('del KeyError', e)
try:
    r = d.pop(0, 'dflt')
    print("d.pop(0, 'dflt')", repr(r))
except Exception as e:
    print("d.pop(0, 'dflt')", type(e).__name__, e)
try:
    r = d.pop(True, 'dflt')
    print("d.pop(True, 'dflt')", repr(r))
except Exception as e:
    print("d.pop(True, 'dflt')", type(e).__name__, e)
try:
    r = d.pop(0)
    print('d.pop(0)', repr(r))
except Exception as e:
    print('d.pop(0)', type(e).__name__, e)
try:
    r = d.update({'a': 32})
    print("d.update({'a': 32})", repr(r))
except Exception as e:
    print("d.update({'a': 32})", type(e).__name__, e)
try:
    r = s.remove(2**70)
    print('s.remove(2**70)', repr(r))
except Exception as e:
    print('s.remove(2**70)', type(e).__name__, e)
try:
    r = d.clear()
    print('d.clear()', repr(r))
except Exception as e:
    print('d.clear()', type(e).__name__, e)
try:
    r = 'a' in d
    print("'a' in d", repr(r))
except Exception as e:
    print("'a' in d", type(e).__name__, e)
try:
    r = s.add(2**70)
    print('s.add(2**70)', repr(r))
except Exception as e:
    print('s.add(2**70)', type(e).__name__, e)
try:
    r = d.update({False: 89})
    print('d.update({False: 89})', repr(r))
except Exception as e:
    print('d.update({False: 89})', type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = s.discard(3.0)
    print('s.discard(3.0)', repr(r))
except Exception as e:
    print('s.discard(3.0)', type(e).__name__, e)
try:
    r = d.get(0)
    print('d.get(0)', repr(r))
except Exception as e:
    print('d.get(0)', type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = d.get(-5)
    print('d.get(-5)', repr(r))
except Exception as e:
    print('d.get(-5)', type(e).__name__, e)
try:
    r = s.remove(7)
    print('s.remove(7)', repr(r))
except Exception as e:
    print('s.remove(7)', type(e).__name__, e)
try:
    r = d.get(2**70)
    print('d.get(2**70)', repr(r))
except Exception as e:
    print('d.get(2**70)', type(e).__name__, e)
try:
    r = d.clear()
    print('d.clear()', repr(r))
except Exception as e:
    print('d.clear()', type(e).__name__, e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
try:
    r = s.add(False)
    print('s.add(False)', repr(r))
except Exception as e:
    print('s.add(False)', type(e).__name__, e)
try:
    r = s.add((1, 2))
    print('s.add((1, 2))', repr(r))
except Exception as e:
    print('s.add((1, 2))', type(e).__name__, e)
try:
    r = l.append('b')
    print("l.append('b')", repr(r))
except Exception as e:
    print("l.append('b')", type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    r = s.remove(2)
    print('s.remove(2)', repr(r))
except Exception as e:
    print('s.remove(2)', type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
try:
    r = d.clear()
    print('d.clear()', repr(r))
except Exception as e:
    print('d.clear()', type(e).__name__, e)
show(199)
try:
    r = d.clear()
    print('d.clear()', repr(r))
except Exception as e:
    print('d.clear()', type(e).__name__, e)
try:
    r = d.clear()
    print('d.clear()', repr(r))
except Exception as e:
    print('d.clear()', type(e).__name__, e)
try:
    r = s.remove((1, 2))
    print('s.remove((1, 2))', repr(r))
except Exception as e:
    print('s.remove((1, 2))', type(e).__name__, e)
try:
    r = d.setdefault(False, 38)
    print('d.setdefault(False, 38)', repr(r))
except Exception as e:
    print('d.setdefault(False, 38)', type(e).__name__, e)
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
try:
    r = d.update({0: 72})
    print('d.update({0: 72})', repr(r))
except Exception as e:
    print('d.update({0: 72})', type(e).__name__, e)
try:
    r = s.add('a')
    print("s.add('a')", repr(r))
except Exception as e:
    print("s.add('a')", type(e).__name__, e)
try:
    r = d.pop(False, 'dflt')
    print("d.pop(False, 'dflt')", repr(r))
except Exception as e:
    print("d.pop(False, 'dflt')", type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    del d['b']; print('del', "'b'")
except KeyError as e:
    print('del KeyError', e)
try:
    r = d.get(-1)
    print('d.get(-1)', repr(r))
except Exception as e:
    print('d.get(-1)', type(e).__name__, e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    del d[0]; print('del', '0')
except KeyError as e:
    print('del KeyError', e)
try:
    r = d.update({'a': 35})
    print("d.update({'a': 35})", repr(r))
except Exception as e:
    print("d.update({'a': 35})", type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = l.remove(-1)
    print('l.remove(-1)', repr(r))
except Exception as e:
    print('l.remove(-1)', type(e).__name__, e)
try:
    r = d.pop(2, 'dflt')
    print("d.pop(2, 'dflt')", repr(r))
except Exception as e:
    print("d.pop(2, 'dflt')", type(e).__name__, e)
try:
    r = l.remove('b')
    print("l.remove('b')", repr(r))
except Exception as e:
    print("l.remove('b')", type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = d.get(True)
    print('d.get(True)', repr(r))
except Exception as e:
    print('d.get(True)', type(e).__name__, e)
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = s.add(1)
    print('s.add(1)', repr(r))
except Exception as e:
    print('s.add(1)', type(e).__name__, e)
try:
    r = d.update({False: 28})
    print('d.update({False: 28})', repr(r))
except Exception as e:
    print('d.update({False: 28})', type(e).__name__, e)
try:
    r = d.pop(1)
    print('d.pop(1)', repr(r))
except Exception as e:
    print('d.pop(1)', type(e).__name__, e)
try:
    r = 'c' in d
    print("'c' in d", repr(r))
except Exception as e:
    print("'c' in d", type(e).__name__, e)
try:
    r = s.remove(-5)
    print('s.remove(-5)', repr(r))
except Exception as e:
    print('s.remove(-5)', type(e).__name__, e)
d[-1] = 44; print('set', '-1')
try:
    r = s.discard(-1)
    print('s.discard(-1)', repr(r))
except Exception as e:
    print('s.discard(-1)', type(e).__name__, e)
try:
    r = d.setdefault(7, 55)
    print('d.setdefault(7, 55)', repr(r))
except Exception as e:
    print('d.setdefault(7, 55)', type(e).__name__, e)
try:
    r = l.insert(20 % 5, -1)
    print('l.insert(20 % 5, -1)', repr(r))
except Exception as e:
    print('l.insert(20 % 5, -1)', type(e).__name__, e)
try:
    r = d.pop(1)
    print('d.pop(1)', repr(r))
except Exception as e:
    print('d.pop(1)', type(e).__name__, e)
try:
    r = d.clear()
    print('d.clear()', repr(r))
except Exception as e:
    print('d.clear()', type(e).__name__, e)
try:
    r = d.get('c')
    print("d.get('c')", repr(r))
except Exception as e:
    print("d.get('c')", type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = d.get(12)
    print('d.get(12)', repr(r))
except Exception as e:
    print('d.get(12)', type(e).__name__, e)
try:
    r = l.insert(33 % 5, -5)
    print('l.insert(33 % 5, -5)', repr(r))
except Exception as e:
    print('l.insert(33 % 5, -5)', type(e).__name__, e)
try:
    r = l.append(2)
    print('l.append(2)', repr(r))
except Exception as e:
    print('l.append(2)', type(e).__name__, e)
try:
    r = d.pop(True)
    print('d.pop(True)', repr(r))
except Exception as e:
    print('d.pop(True)', type(e).__name__, e)
d[2] = 63; print('set', '2')
try:
    r = l.remove(-5)
    print('l.remove(-5)', repr(r))
except Exception as e:
    print('l.remove(-5)', type(e).__name__, e)
try:
    r = d.get(True)
    print('d.get(True)', repr(r))
except Exception as e:
    print('d.get(True)', type(e).__name__, e)
try:
    r = d.pop(12, 'dflt')
    print("d.pop(12, 'dflt')", repr(r))
except Exception as e:
    print("d.pop(12, 'dflt')", type(e).__name__, e)
try:
    r = s.discard(2**70)
    print('s.discard(2**70)', repr(r))
except Exception as e:
    print('s.discard(2**70)', type(e).__name__, e)
try:
    r = l.append(2**70)
    print('l.append(2**70)', repr(r))
except Exception as e:
    print('l.append(2**70)', type(e).__name__, e)
try:
    r = d.get('a')
    print("d.get('a')", repr(r))
except Exception as e:
    print("d.get('a')", type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = d.update({'c': 68})
    print("d.update({'c': 68})", repr(r))
except Exception as e:
    print("d.update({'c': 68})", type(e).__name__, e)
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
try:
    r = s.remove('b')
    print("s.remove('b')", repr(r))
except Exception as e:
    print("s.remove('b')", type(e).__name__, e)
show(249)
try:
    r = d.pop(3.0, 'dflt')
    print("d.pop(3.0, 'dflt')", repr(r))
except Exception as e:
    print("d.pop(3.0, 'dflt')", type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
d['b'] = 7; print('set', "'b'")
try:
    del d[-1]; print('del', '-1')
except KeyError as e:
    print('del KeyError', e)
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
d[True] = 60; print('set', 'True')
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    r = s.add('c')
    print("s.add('c')", repr(r))
except Exception as e:
    print("s.add('c')", type(e).__name__, e)
try:
    r = s.remove('b')
    print("s.remove('b')", repr(r))
except Exception as e:
    print("s.remove('b')", type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = l.remove(1)
    print('l.remove(1)', repr(r))
except Exception as e:
    print('l.remove(1)', type(e).__name__, e)
try:
    r = d.clear()
    print('d.clear()', repr(r))
except Exception as e:
    print('d.clear()', type(e).__name__, e)
try:
    r = d.update({-5: 46})
    print('d.update({-5: 46})', repr(r))
except Exception as e:
    print('d.update({-5: 46})', type(e).__name__, e)
try:
    r = d.clear()
    print('d.clear()', repr(r))
except Exception as e:
    print('d.clear()', type(e).__name__, e)
d[-1] = 91; print('set', '-1')
try:
    r = d.get('c')
    print("d.get('c')", repr(r))
except Exception as e:
    print("d.get('c')", type(e).__name__, e)
try:
    del d[-5]; print('del', '-5')
except KeyError as e:
    print('del KeyError', e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    r = s.remove('b')
    print("s.remove('b')", repr(r))
except Exception as e:
    print("s.remove('b')", type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    r = d.pop(7, 'dflt')
    print("d.pop(7, 'dflt')", repr(r))
except Exception as e:
    print("d.pop(7, 'dflt')", type(e).__name__, e)
try:
    r = s.remove(2**70)
    print('s.remove(2**70)', repr(r))
except Exception as e:
    print('s.remove(2**70)', type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
d[0] = 69; print('set', '0')
try:
    r = d.update({False: 92})
    print('d.update({False: 92})', repr(r))
except Exception as e:
    print('d.update({False: 92})', type(e).__name__, e)
try:
    r = s.add('a')
    print("s.add('a')", repr(r))
except Exception as e:
    print("s.add('a')", type(e).__name__, e)
try:
    r = l.insert(60 % 5, 'b')
    print("l.insert(60 % 5, 'b')", repr(r))
except Exception as e:
    print("l.insert(60 % 5, 'b')", type(e).__name__, e)
try:
    r = l.insert(98 % 5, -5)
    print('l.insert(98 % 5, -5)', repr(r))
except Exception as e:
    print('l.insert(98 % 5, -5)', type(e).__name__, e)
try:
    r = d.update({-5: 33})
    print('d.update({-5: 33})', repr(r))
except Exception as e:
    print('d.update({-5: 33})', type(e).__name__, e)
try:
    r = l.remove(2**70)
    print('l.remove(2**70)', repr(r))
except Exception as e:
    print('l.remove(2**70)', type(e).__name__, e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    r = s.discard('b')
    print("s.discard('b')", repr(r))
except Exception as e:
    print("s.discard('b')", type(e).__name__, e)
try:
    r = False in d
    print('False in d', repr(r))
except Exception as e:
    print('False in d', type(e).__name__, e)
try:
    r = s.add(0)
    print('s.add(0)', repr(r))
except Exception as e:
    print('s.add(0)', type(e).__name__, e)
try:
    r = s.add(-1)
    print('s.add(-1)', repr(r))
except Exception as e:
    print('s.add(-1)', type(e).__name__, e)
try:
    r = d.update({0: 22})
    print('d.update({0: 22})', repr(r))
except Exception as e:
    print('d.update({0: 22})', type(e).__name__, e)
try:
    r = l.append('a')
    print("l.append('a')", repr(r))
except Exception as e:
    print("l.append('a')", type(e).__name__, e)
try:
    r = d.pop(3.0, 'dflt')
    print("d.pop(3.0, 'dflt')", repr(r))
except Exception as e:
    print("d.pop(3.0, 'dflt')", type(e).__name__, e)
try:
    r = s.add('c')
    print("s.add('c')", repr(r))
except Exception as e:
    print("s.add('c')", type(e).__name__, e)
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
try:
    r = d.get((1, 2))
    print('d.get((1, 2))', repr(r))
except Exception as e:
    print('d.get((1, 2))', type(e).__name__, e)
try:
    r = d.update({1: 45})
    print('d.update({1: 45})', repr(r))
except Exception as e:
    print('d.update({1: 45})', type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = s.add('a')
    print("s.add('a')", repr(r))
except Exception as e:
    print("s.add('a')", type(e).__name__, e)
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
try:
    r = l.append(0)
    print('l.append(0)', repr(r))
except Exception as e:
    print('l.append(0)', type(e).__name__, e)
try:
    r = d.update({2**70: 8})
    print('d.update({2**70: 8})', repr(r))
except Exception as e:
    print('d.update({2**70: 8})', type(e).__name__, e)
try:
    r = d.update({'c': 39})
    print("d.update({'c': 39})", repr(r))
except Exception as e:
    print("d.update({'c': 39})", type(e).__name__, e)
try:
    r = d.clear()
    print('d.clear()', repr(r))
except Exception as e:
    print('d.clear()', type(e).__name__, e)
show(299)
try:
    r = -1 in d
    print('-1 in d', repr(r))
except Exception as e:
    print('-1 in d', type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = d.get(0)
    print('d.get(0)', repr(r))
except Exception as e:
    print('d.get(0)', type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    del d[-5]; print('del', '-5')
except KeyError as e:
    print('del KeyError', e)
try:
    r = s.add('c')
    print("s.add('c')", repr(r))
except Exception as e:
    print("s.add('c')", type(e).__name__, e)
try:
    r = d.pop((1, 2))
    print('d.pop((1, 2))', repr(r))
except Exception as e:
    print('d.pop((1, 2))', type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = d.setdefault((1, 2), 77)
    print('d.setdefault((1, 2), 77)', repr(r))
except Exception as e:
    print('d.setdefault((1, 2), 77)', type(e).__name__, e)
try:
    r = s.remove(1)
    print('s.remove(1)', repr(r))
except Exception as e:
    print('s.remove(1)', type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = d.update({2: 62})
    print('d.update({2: 62})', repr(r))
except Exception as e:
    print('d.update({2: 62})', type(e).__name__, e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    del d[12]; print('del', '12')
except KeyError as e:
    print('del KeyError', e)
try:
    r = d.get('b')
    print("d.get('b')", repr(r))
except Exception as e:
    print("d.get('b')", type(e).__name__, e)
try:
    r = d.get('b')
    print("d.get('b')", repr(r))
except Exception as e:
    print("d.get('b')", type(e).__name__, e)
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
try:
    r = d.pop(True)
    print('d.pop(True)', repr(r))
except Exception as e:
    print('d.pop(True)', type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = d.clear()
    print('d.clear()', repr(r))
except Exception as e:
    print('d.clear()', type(e).__name__, e)
try:
    r = l.remove('b')
    print("l.remove('b')", repr(r))
except Exception as e:
    print("l.remove('b')", type(e).__name__, e)
try:
    r = 12 in d
    print('12 in d', repr(r))
except Exception as e:
    print('12 in d', type(e).__name__, e)
try:
    r = l.insert(34 % 5, 'b')
    print("l.insert(34 % 5, 'b')", repr(r))
except Exception as e:
    print("l.insert(34 % 5, 'b')", type(e).__name__, e)
try:
    r = s.add(2)
    print('s.add(2)', repr(r))
except Exception as e:
    print('s.add(2)', type(e).__name__, e)
try:
    del d[0]; print('del', '0')
except KeyError as e:
    print('del KeyError', e)
try:
    r = d.clear()
    print('d.clear()', repr(r))
except Exception as e:
    print('d.clear()', type(e).__name__, e)
try:
    r = d.update({(1, 2): 54})
    print('d.update({(1, 2): 54})', repr(r))
except Exception as e:
    print('d.update({(1, 2): 54})', type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    r = s.add(12)
    print('s.add(12)', repr(r))
except Exception as e:
    print('s.add(12)', type(e).__name__, e)
try:
    r = (1, 2) in d
    print('(1, 2) in d', repr(r))
except Exception as e:
    print('(1, 2) in d', type(e).__name__, e)
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
try:
    r = l.insert(84 % 5, -5)
    print('l.insert(84 % 5, -5)', repr(r))
except Exception as e:
    print('l.insert(84 % 5, -5)', type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = s.remove((1, 2))
    print('s.remove((1, 2))', repr(r))
except Exception as e:
    print('s.remove((1, 2))', type(e).__name__, e)
try:
    r = l.insert(69 % 5, 'b')
    print("l.insert(69 % 5, 'b')", repr(r))
except Exception as e:
    print("l.insert(69 % 5, 'b')", type(e).__name__, e)
try:
    r = l.remove('c')
    print("l.remove('c')", repr(r))
except Exception as e:
    print("l.remove('c')", type(e).__name__, e)
try:
    r = d.pop(7, 'dflt')
    print("d.pop(7, 'dflt')", repr(r))
except Exception as e:
    print("d.pop(7, 'dflt')", type(e).__name__, e)
try:
    r = s.remove(12)
    print('s.remove(12)', repr(r))
except Exception as e:
    print('s.remove(12)', type(e).__name__, e)
try:
    r = d.setdefault(7, 77)
    print('d.setdefault(7, 77)', repr(r))
except Exception as e:
    print('d.setdefault(7, 77)', type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = l.insert(30 % 5, 12)
    print('l.insert(30 % 5, 12)', repr(r))
except Exception as e:
    print('l.insert(30 % 5, 12)', type(e).__name__, e)
try:
    del d[-5]; print('del', '-5')
except KeyError as e:
    print('del KeyError', e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    r = l.append(2)
    print('l.append(2)', repr(r))
except Exception as e:
    print('l.append(2)', type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    r = s.discard('b')
    print("s.discard('b')", repr(r))
except Exception as e:
    print("s.discard('b')", type(e).__name__, e)
try:
    r = d.setdefault(-1, 19)
    print('d.setdefault(-1, 19)', repr(r))
except Exception as e:
    print('d.setdefault(-1, 19)', type(e).__name__, e)
try:
    r = 'a' in d
    print("'a' in d", repr(r))
except Exception as e:
    print("'a' in d", type(e).__name__, e)
show(349)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = 3.0 in d
    print('3.0 in d', repr(r))
except Exception as e:
    print('3.0 in d', type(e).__name__, e)
try:
    r = d.pop(True)
    print('d.pop(True)', repr(r))
except Exception as e:
    print('d.pop(True)', type(e).__name__, e)
try:
    r = 12 in d
    print('12 in d', repr(r))
except Exception as e:
    print('12 in d', type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = l.append(2)
    print('l.append(2)', repr(r))
except Exception as e:
    print('l.append(2)', type(e).__name__, e)
try:
    r = s.discard(0)
    print('s.discard(0)', repr(r))
except Exception as e:
    print('s.discard(0)', type(e).__name__, e)
try:
    r = d.pop(2**70, 'dflt')
    print("d.pop(2**70, 'dflt')", repr(r))
except Exception as e:
    print("d.pop(2**70, 'dflt')", type(e).__name__, e)
try:
    r = s.discard('c')
    print("s.discard('c')", repr(r))
except Exception as e:
    print("s.discard('c')", type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = s.remove('c')
    print("s.remove('c')", repr(r))
except Exception as e:
    print("s.remove('c')", type(e).__name__, e)
try:
    r = d.clear()
    print('d.clear()', repr(r))
except Exception as e:
    print('d.clear()', type(e).__name__, e)
try:
    r = s.discard(-5)
    print('s.discard(-5)', repr(r))
except Exception as e:
    print('s.discard(-5)', type(e).__name__, e)
try:
    r = l.insert(84 % 5, 2)
    print('l.insert(84 % 5, 2)', repr(r))
except Exception as e:
    print('l.insert(84 % 5, 2)', type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = d.pop(7, 'dflt')
    print("d.pop(7, 'dflt')", repr(r))
except Exception as e:
    print("d.pop(7, 'dflt')", type(e).__name__, e)
try:
    r = d.update({False: 63})
    print('d.update({False: 63})', repr(r))
except Exception as e:
    print('d.update({False: 63})', type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    del d['c']; print('del', "'c'")
except KeyError as e:
    print('del KeyError', e)
try:
    r = l.append(True)
    print('l.append(True)', repr(r))
except Exception as e:
    print('l.append(True)', type(e).__name__, e)
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
try:
    r = d.pop(-5, 'dflt')
    print("d.pop(-5, 'dflt')", repr(r))
except Exception as e:
    print("d.pop(-5, 'dflt')", type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    r = d.get('c')
    print("d.get('c')", repr(r))
except Exception as e:
    print("d.get('c')", type(e).__name__, e)
try:
    r = d.pop(-5, 'dflt')
    print("d.pop(-5, 'dflt')", repr(r))
except Exception as e:
    print("d.pop(-5, 'dflt')", type(e).__name__, e)
try:
    del d[False]; print('del', 'False')
except KeyError as e:
    print('del KeyError', e)
try:
    r = d.update({-1: 93})
    print('d.update({-1: 93})', repr(r))
except Exception as e:
    print('d.update({-1: 93})', type(e).__name__, e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    del d['a']; print('del', "'a'")
except KeyError as e:
    print('del KeyError', e)
try:
    r = l.insert(61 % 5, 'b')
    print("l.insert(61 % 5, 'b')", repr(r))
except Exception as e:
    print("l.insert(61 % 5, 'b')", type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = l.remove(1)
    print('l.remove(1)', repr(r))
except Exception as e:
    print('l.remove(1)', type(e).__name__, e)
try:
    r = l.insert(27 % 5, 2)
    print('l.insert(27 % 5, 2)', repr(r))
except Exception as e:
    print('l.insert(27 % 5, 2)', type(e).__name__, e)
try:
    r = l.remove(-1)
    print('l.remove(-1)', repr(r))
except Exception as e:
    print('l.remove(-1)', type(e).__name__, e)
try:
    r = d.pop(0)
    print('d.pop(0)', repr(r))
except Exception as e:
    print('d.pop(0)', type(e).__name__, e)
try:
    r = d.update({True: 91})
    print('d.update({True: 91})', repr(r))
except Exception as e:
    print('d.update({True: 91})', type(e).__name__, e)
try:
    r = s.discard(7)
    print('s.discard(7)', repr(r))
except Exception as e:
    print('s.discard(7)', type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = l.append('a')
    print("l.append('a')", repr(r))
except Exception as e:
    print("l.append('a')", type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    r = d.setdefault(-1, 42)
    print('d.setdefault(-1, 42)', repr(r))
except Exception as e:
    print('d.setdefault(-1, 42)', type(e).__name__, e)
try:
    r = s.discard(0)
    print('s.discard(0)', repr(r))
except Exception as e:
    print('s.discard(0)', type(e).__name__, e)
d[12] = 58; print('set', '12')
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    del d[2]; print('del', '2')
except KeyError as e:
    print('del KeyError', e)
try:
    del d['b']; print('del', "'b'")
except KeyError as e:
    print('del KeyError', e)
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
show(399)
try:
    r = d.get(1)
    print('d.get(1)', repr(r))
except Exception as e:
    print('d.get(1)', type(e).__name__, e)
try:
    r = l.append(0)
    print('l.append(0)', repr(r))
except Exception as e:
    print('l.append(0)', type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    r = d.clear()
    print('d.clear()', repr(r))
except Exception as e:
    print('d.clear()', type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = d.pop(1, 'dflt')
    print("d.pop(1, 'dflt')", repr(r))
except Exception as e:
    print("d.pop(1, 'dflt')", type(e).__name__, e)
try:
    r = l.insert(14 % 5, 0)
    print('l.insert(14 % 5, 0)', repr(r))
except Exception as e:
    print('l.insert(14 % 5, 0)', type(e).__name__, e)
try:
    r = d.update({'b': 94})
    print("d.update({'b': 94})", repr(r))
except Exception as e:
    print("d.update({'b': 94})", type(e).__name__, e)
try:
    r = d.get(7)
    print('d.get(7)', repr(r))
except Exception as e:
    print('d.get(7)', type(e).__name__, e)
try:
    r = d.pop(2**70, 'dflt')
    print("d.pop(2**70, 'dflt')", repr(r))
except Exception as e:
    print("d.pop(2**70, 'dflt')", type(e).__name__, e)
try:
    r = s.discard(True)
    print('s.discard(True)', repr(r))
except Exception as e:
    print('s.discard(True)', type(e).__name__, e)
try:
    r = s.discard(3.0)
    print('s.discard(3.0)', repr(r))
except Exception as e:
    print('s.discard(3.0)', type(e).__name__, e)
try:
    r = d.clear()
    print('d.clear()', repr(r))
except Exception as e:
    print('d.clear()', type(e).__name__, e)
try:
    r = l.append(-1)
    print('l.append(-1)', repr(r))
except Exception as e:
    print('l.append(-1)', type(e).__name__, e)
try:
    r = s.remove(True)
    print('s.remove(True)', repr(r))
except Exception as e:
    print('s.remove(True)', type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = s.discard(-1)
    print('s.discard(-1)', repr(r))
except Exception as e:
    print('s.discard(-1)', type(e).__name__, e)
try:
    del d[7]; print('del', '7')
except KeyError as e:
    print('del KeyError', e)
try:
    r = l.append(12)
    print('l.append(12)', repr(r))
except Exception as e:
    print('l.append(12)', type(e).__name__, e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    del d[0]; print('del', '0')
except KeyError as e:
    print('del KeyError', e)
try:
    r = s.remove(12)
    print('s.remove(12)', repr(r))
except Exception as e:
    print('s.remove(12)', type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = l.append(3.0)
    print('l.append(3.0)', repr(r))
except Exception as e:
    print('l.append(3.0)', type(e).__name__, e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    del d[(1, 2)]; print('del', '(1, 2)')
except KeyError as e:
    print('del KeyError', e)
try:
    r = d.pop('b', 'dflt')
    print("d.pop('b', 'dflt')", repr(r))
except Exception as e:
    print("d.pop('b', 'dflt')", type(e).__name__, e)
try:
    r = s.add('b')
    print("s.add('b')", repr(r))
except Exception as e:
    print("s.add('b')", type(e).__name__, e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    r = s.remove((1, 2))
    print('s.remove((1, 2))', repr(r))
except Exception as e:
    print('s.remove((1, 2))', type(e).__name__, e)
try:
    r = d.setdefault('c', 7)
    print("d.setdefault('c', 7)", repr(r))
except Exception as e:
    print("d.setdefault('c', 7)", type(e).__name__, e)
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
try:
    r = d.update({'b': 34})
    print("d.update({'b': 34})", repr(r))
except Exception as e:
    print("d.update({'b': 34})", type(e).__name__, e)
try:
    r = -5 in d
    print('-5 in d', repr(r))
except Exception as e:
    print('-5 in d', type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
d[-5] = 4; print('set', '-5')
try:
    r = d.get((1, 2))
    print('d.get((1, 2))', repr(r))
except Exception as e:
    print('d.get((1, 2))', type(e).__name__, e)
try:
    r = l.append(3.0)
    print('l.append(3.0)', repr(r))
except Exception as e:
    print('l.append(3.0)', type(e).__name__, e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = d.get(2**70)
    print('d.get(2**70)', repr(r))
except Exception as e:
    print('d.get(2**70)', type(e).__name__, e)
try:
    r = 'a' in d
    print("'a' in d", repr(r))
except Exception as e:
    print("'a' in d", type(e).__name__, e)
try:
    r = d.pop(-1)
    print('d.pop(-1)', repr(r))
except Exception as e:
    print('d.pop(-1)', type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    r = l.remove((1, 2))
    print('l.remove((1, 2))', repr(r))
except Exception as e:
    print('l.remove((1, 2))', type(e).__name__, e)
try:
    r = l.remove(0)
    print('l.remove(0)', repr(r))
except Exception as e:
    print('l.remove(0)', type(e).__name__, e)
try:
    r = d.update({False: 93})
    print('d.update({False: 93})', repr(r))
except Exception as e:
    print('d.update({False: 93})', type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
show(449)
try:
    r = d.update({'c': 75})
    print("d.update({'c': 75})", repr(r))
except Exception as e:
    print("d.update({'c': 75})", type(e).__name__, e)
d[2] = 20; print('set', '2')
try:
    r = s.discard(-1)
    print('s.discard(-1)', repr(r))
except Exception as e:
    print('s.discard(-1)', type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = d.update({3.0: 1})
    print('d.update({3.0: 1})', repr(r))
except Exception as e:
    print('d.update({3.0: 1})', type(e).__name__, e)
try:
    r = s.discard(True)
    print('s.discard(True)', repr(r))
except Exception as e:
    print('s.discard(True)', type(e).__name__, e)
try:
    r = d.clear()
    print('d.clear()', repr(r))
except Exception as e:
    print('d.clear()', type(e).__name__, e)
try:
    r = l.remove(0)
    print('l.remove(0)', repr(r))
except Exception as e:
    print('l.remove(0)', type(e).__name__, e)
try:
    r = d.get(7)
    print('d.get(7)', repr(r))
except Exception as e:
    print('d.get(7)', type(e).__name__, e)
try:
    r = s.remove(False)
    print('s.remove(False)', repr(r))
except Exception as e:
    print('s.remove(False)', type(e).__name__, e)
try:
    r = d.pop(3.0)
    print('d.pop(3.0)', repr(r))
except Exception as e:
    print('d.pop(3.0)', type(e).__name__, e)
try:
    del d[-1]; print('del', '-1')
except KeyError as e:
    print('del KeyError', e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = d.update({1: 36})
    print('d.update({1: 36})', repr(r))
except Exception as e:
    print('d.update({1: 36})', type(e).__name__, e)
try:
    r = s.discard('a')
    print("s.discard('a')", repr(r))
except Exception as e:
    print("s.discard('a')", type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    del d[0]; print('del', '0')
except KeyError as e:
    print('del KeyError', e)
try:
    r = s.add('b')
    print("s.add('b')", repr(r))
except Exception as e:
    print("s.add('b')", type(e).__name__, e)
try:
    r = s.add('a')
    print("s.add('a')", repr(r))
except Exception as e:
    print("s.add('a')", type(e).__name__, e)
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
try:
    r = d.pop(3.0)
    print('d.pop(3.0)', repr(r))
except Exception as e:
    print('d.pop(3.0)', type(e).__name__, e)
try:
    r = s.remove(3.0)
    print('s.remove(3.0)', repr(r))
except Exception as e:
    print('s.remove(3.0)', type(e).__name__, e)
d[2**70] = 0; print('set', '2**70')
try:
    r = d.pop(False)
    print('d.pop(False)', repr(r))
except Exception as e:
    print('d.pop(False)', type(e).__name__, e)
try:
    r = d.update({2: 58})
    print('d.update({2: 58})', repr(r))
except Exception as e:
    print('d.update({2: 58})', type(e).__name__, e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    r = l.insert(74 % 5, 'c')
    print("l.insert(74 % 5, 'c')", repr(r))
except Exception as e:
    print("l.insert(74 % 5, 'c')", type(e).__name__, e)
try:
    r = s.remove('a')
    print("s.remove('a')", repr(r))
except Exception as e:
    print("s.remove('a')", type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = l.append(12)
    print('l.append(12)', repr(r))
except Exception as e:
    print('l.append(12)', type(e).__name__, e)
try:
    r = d.pop(12)
    print('d.pop(12)', repr(r))
except Exception as e:
    print('d.pop(12)', type(e).__name__, e)
try:
    r = d.clear()
    print('d.clear()', repr(r))
except Exception as e:
    print('d.clear()', type(e).__name__, e)
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
try:
    r = s.discard(12)
    print('s.discard(12)', repr(r))
except Exception as e:
    print('s.discard(12)', type(e).__name__, e)
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
try:
    r = d.update({True: 95})
    print('d.update({True: 95})', repr(r))
except Exception as e:
    print('d.update({True: 95})', type(e).__name__, e)
try:
    r = d.pop('a')
    print("d.pop('a')", repr(r))
except Exception as e:
    print("d.pop('a')", type(e).__name__, e)
try:
    r = d.pop(2**70)
    print('d.pop(2**70)', repr(r))
except Exception as e:
    print('d.pop(2**70)', type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    r = s.remove(0)
    print('s.remove(0)', repr(r))
except Exception as e:
    print('s.remove(0)', type(e).__name__, e)
d[1] = 94; print('set', '1')
try:
    r = l.append(1)
    print('l.append(1)', repr(r))
except Exception as e:
    print('l.append(1)', type(e).__name__, e)
try:
    del d[False]; print('del', 'False')
except KeyError as e:
    print('del KeyError', e)
try:
    del d[7]; print('del', '7')
except KeyError as e:
    print('del KeyError', e)
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = d.setdefault(False, 45)
    print('d.setdefault(False, 45)', repr(r))
except Exception as e:
    print('d.setdefault(False, 45)', type(e).__name__, e)
try:
    r = d.pop(True)
    print('d.pop(True)', repr(r))
except Exception as e:
    print('d.pop(True)', type(e).__name__, e)
try:
    r = d.setdefault('c', 32)
    print("d.setdefault('c', 32)", repr(r))
except Exception as e:
    print("d.setdefault('c', 32)", type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
show(499)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = d.update({'c': 56})
    print("d.update({'c': 56})", repr(r))
except Exception as e:
    print("d.update({'c': 56})", type(e).__name__, e)
try:
    r = l.remove(7)
    print('l.remove(7)', repr(r))
except Exception as e:
    print('l.remove(7)', type(e).__name__, e)
try:
    r = l.append((1, 2))
    print('l.append((1, 2))', repr(r))
except Exception as e:
    print('l.append((1, 2))', type(e).__name__, e)
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = s.add(3.0)
    print('s.add(3.0)', repr(r))
except Exception as e:
    print('s.add(3.0)', type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    r = d.clear()
    print('d.clear()', repr(r))
except Exception as e:
    print('d.clear()', type(e).__name__, e)
try:
    r = False in d
    print('False in d', repr(r))
except Exception as e:
    print('False in d', type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = d.setdefault(False, 37)
    print('d.setdefault(False, 37)', repr(r))
except Exception as e:
    print('d.setdefault(False, 37)', type(e).__name__, e)
try:
    r = l.remove(3.0)
    print('l.remove(3.0)', repr(r))
except Exception as e:
    print('l.remove(3.0)', type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    r = d.setdefault(3.0, 42)
    print('d.setdefault(3.0, 42)', repr(r))
except Exception as e:
    print('d.setdefault(3.0, 42)', type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    r = l.remove('b')
    print("l.remove('b')", repr(r))
except Exception as e:
    print("l.remove('b')", type(e).__name__, e)
try:
    r = 2**70 in d
    print('2**70 in d', repr(r))
except Exception as e:
    print('2**70 in d', type(e).__name__, e)
try:
    r = d.pop((1, 2), 'dflt')
    print("d.pop((1, 2), 'dflt')", repr(r))
except Exception as e:
    print("d.pop((1, 2), 'dflt')", type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    r = l.append('c')
    print("l.append('c')", repr(r))
except Exception as e:
    print("l.append('c')", type(e).__name__, e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    r = d.setdefault(1, 88)
    print('d.setdefault(1, 88)', repr(r))
except Exception as e:
    print('d.setdefault(1, 88)', type(e).__name__, e)
try:
    r = d.get(12)
    print('d.get(12)', repr(r))
except Exception as e:
    print('d.get(12)', type(e).__name__, e)
d[0] = 7; print('set', '0')
try:
    r = s.add(True)
    print('s.add(True)', repr(r))
except Exception as e:
    print('s.add(True)', type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = s.remove('c')
    print("s.remove('c')", repr(r))
except Exception as e:
    print("s.remove('c')", type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    r = l.insert(92 % 5, True)
    print('l.insert(92 % 5, True)', repr(r))
except Exception as e:
    print('l.insert(92 % 5, True)', type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    r = l.insert(28 % 5, 12)
    print('l.insert(28 % 5, 12)', repr(r))
except Exception as e:
    print('l.insert(28 % 5, 12)', type(e).__name__, e)
try:
    r = d.pop(1)
    print('d.pop(1)', repr(r))
except Exception as e:
    print('d.pop(1)', type(e).__name__, e)
try:
    r = l.insert(63 % 5, 1)
    print('l.insert(63 % 5, 1)', repr(r))
except Exception as e:
    print('l.insert(63 % 5, 1)', type(e).__name__, e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    r = l.remove('b')
    print("l.remove('b')", repr(r))
except Exception as e:
    print("l.remove('b')", type(e).__name__, e)
try:
    r = l.insert(55 % 5, 3.0)
    print('l.insert(55 % 5, 3.0)', repr(r))
except Exception as e:
    print('l.insert(55 % 5, 3.0)', type(e).__name__, e)
try:
    r = d.update({'c': 55})
    print("d.update({'c': 55})", repr(r))
except Exception as e:
    print("d.update({'c': 55})", type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
d[True] = 47; print('set', 'True')
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
try:
    r = l.append(1)
    print('l.append(1)', repr(r))
except Exception as e:
    print('l.append(1)', type(e).__name__, e)
try:
    r = l.remove(False)
    print('l.remove(False)', repr(r))
except Exception as e:
    print('l.remove(False)', type(e).__name__, e)
d[False] = 77; print('set', 'False')
d[2**70] = 47; print('set', '2**70')
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    r = d.get(0)
    print('d.get(0)', repr(r))
except Exception as e:
    print('d.get(0)', type(e).__name__, e)
show(549)
try:
    r = d.pop(7, 'dflt')
    print("d.pop(7, 'dflt')", repr(r))
except Exception as e:
    print("d.pop(7, 'dflt')", type(e).__name__, e)
try:
    r = d.setdefault(-5, 45)
    print('d.setdefault(-5, 45)', repr(r))
except Exception as e:
    print('d.setdefault(-5, 45)', type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = s.add(7)
    print('s.add(7)', repr(r))
except Exception as e:
    print('s.add(7)', type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
try:
    r = s.add('b')
    print("s.add('b')", repr(r))
except Exception as e:
    print("s.add('b')", type(e).__name__, e)
try:
    r = l.insert(25 % 5, False)
    print('l.insert(25 % 5, False)', repr(r))
except Exception as e:
    print('l.insert(25 % 5, False)', type(e).__name__, e)
try:
    r = d.update({2**70: 60})
    print('d.update({2**70: 60})', repr(r))
except Exception as e:
    print('d.update({2**70: 60})', type(e).__name__, e)
try:
    r = 'b' in d
    print("'b' in d", repr(r))
except Exception as e:
    print("'b' in d", type(e).__name__, e)
try:
    r = d.update({False: 89})
    print('d.update({False: 89})', repr(r))
except Exception as e:
    print('d.update({False: 89})', type(e).__name__, e)
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
try:
    r = d.pop(7)
    print('d.pop(7)', repr(r))
except Exception as e:
    print('d.pop(7)', type(e).__name__, e)
try:
    r = d.get(True)
    print('d.get(True)', repr(r))
except Exception as e:
    print('d.get(True)', type(e).__name__, e)
try:
    r = d.update({0: 65})
    print('d.update({0: 65})', repr(r))
except Exception as e:
    print('d.update({0: 65})', type(e).__name__, e)
try:
    r = l.insert(40 % 5, 2**70)
    print('l.insert(40 % 5, 2**70)', repr(r))
except Exception as e:
    print('l.insert(40 % 5, 2**70)', type(e).__name__, e)
try:
    r = d.get(False)
    print('d.get(False)', repr(r))
except Exception as e:
    print('d.get(False)', type(e).__name__, e)
try:
    del d[2]; print('del', '2')
except KeyError as e:
    print('del KeyError', e)
try:
    r = s.remove(2**70)
    print('s.remove(2**70)', repr(r))
except Exception as e:
    print('s.remove(2**70)', type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    r = l.insert(23 % 5, 7)
    print('l.insert(23 % 5, 7)', repr(r))
except Exception as e:
    print('l.insert(23 % 5, 7)', type(e).__name__, e)
try:
    r = s.remove(3.0)
    print('s.remove(3.0)', repr(r))
except Exception as e:
    print('s.remove(3.0)', type(e).__name__, e)
try:
    r = d.get(2**70)
    print('d.get(2**70)', repr(r))
except Exception as e:
    print('d.get(2**70)', type(e).__name__, e)
try:
    r = l.append(-1)
    print('l.append(-1)', repr(r))
except Exception as e:
    print('l.append(-1)', type(e).__name__, e)
try:
    r = 'a' in d
    print("'a' in d", repr(r))
except Exception as e:
    print("'a' in d", type(e).__name__, e)
try:
    r = d.pop(2**70, 'dflt')
    print("d.pop(2**70, 'dflt')", repr(r))
except Exception as e:
    print("d.pop(2**70, 'dflt')", type(e).__name__, e)
try:
    r = d.pop(True)
    print('d.pop(True)', repr(r))
except Exception as e:
    print('d.pop(True)', type(e).__name__, e)
try:
    del d[-5]; print('del', '-5')
except KeyError as e:
    print('del KeyError', e)
try:
    r = 'a' in d
    print("'a' in d", repr(r))
except Exception as e:
    print("'a' in d", type(e).__name__, e)
try:
    r = d.pop('c')
    print("d.pop('c')", repr(r))
except Exception as e:
    print("d.pop('c')", type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    r = d.update({'b': 28})
    print("d.update({'b': 28})", repr(r))
except Exception as e:
    print("d.update({'b': 28})", type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    r = l.remove(-5)
    print('l.remove(-5)', repr(r))
except Exception as e:
    print('l.remove(-5)', type(e).__name__, e)
try:
    del d[-1]; print('del', '-1')
except KeyError as e:
    print('del KeyError', e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = l.insert(11 % 5, True)
    print('l.insert(11 % 5, True)', repr(r))
except Exception as e:
    print('l.insert(11 % 5, True)', type(e).__name__, e)
try:
    r = l.remove(2**70)
    print('l.remove(2**70)', repr(r))
except Exception as e:
    print('l.remove(2**70)', type(e).__name__, e)
try:
    r = d.clear()
    print('d.clear()', repr(r))
except Exception as e:
    print('d.clear()', type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    r = l.remove(7)
    print('l.remove(7)', repr(r))
except Exception as e:
    print('l.remove(7)', type(e).__name__, e)
try:
    r = s.discard(False)
    print('s.discard(False)', repr(r))
except Exception as e:
    print('s.discard(False)', type(e).__name__, e)
try:
    r = d.update({-1: 39})
    print('d.update({-1: 39})', repr(r))
except Exception as e:
    print('d.update({-1: 39})', type(e).__name__, e)
try:
    r = s.remove(True)
    print('s.remove(True)', repr(r))
except Exception as e:
    print('s.remove(True)', type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    r = l.append(2)
    print('l.append(2)', repr(r))
except Exception as e:
    print('l.append(2)', type(e).__name__, e)
show(599)
try:
    r = d.pop(False)
    print('d.pop(False)', repr(r))
except Exception as e:
    print('d.pop(False)', type(e).__name__, e)
try:
    del d[-5]; print('del', '-5')
except KeyError as e:
    print('del KeyError', e)
try:
    r = s.discard((1, 2))
    print('s.discard((1, 2))', repr(r))
except Exception as e:
    print('s.discard((1, 2))', type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
d['c'] = 43; print('set', "'c'")
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = l.insert(81 % 5, -1)
    print('l.insert(81 % 5, -1)', repr(r))
except Exception as e:
    print('l.insert(81 % 5, -1)', type(e).__name__, e)
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    r = d.setdefault(0, 42)
    print('d.setdefault(0, 42)', repr(r))
except Exception as e:
    print('d.setdefault(0, 42)', type(e).__name__, e)
try:
    r = d.pop(-1, 'dflt')
    print("d.pop(-1, 'dflt')", repr(r))
except Exception as e:
    print("d.pop(-1, 'dflt')", type(e).__name__, e)
try:
    r = False in d
    print('False in d', repr(r))
except Exception as e:
    print('False in d', type(e).__name__, e)
try:
    r = 'a' in d
    print("'a' in d", repr(r))
except Exception as e:
    print("'a' in d", type(e).__name__, e)
try:
    r = d.update({False: 65})
    print('d.update({False: 65})', repr(r))
except Exception as e:
    print('d.update({False: 65})', type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = l.insert(15 % 5, True)
    print('l.insert(15 % 5, True)', repr(r))
except Exception as e:
    print('l.insert(15 % 5, True)', type(e).__name__, e)
try:
    r = d.update({'b': 58})
    print("d.update({'b': 58})", repr(r))
except Exception as e:
    print("d.update({'b': 58})", type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = 0 in d
    print('0 in d', repr(r))
except Exception as e:
    print('0 in d', type(e).__name__, e)
try:
    r = d.update({1: 77})
    print('d.update({1: 77})', repr(r))
except Exception as e:
    print('d.update({1: 77})', type(e).__name__, e)
try:
    r = d.update({(1, 2): 74})
    print('d.update({(1, 2): 74})', repr(r))
except Exception as e:
    print('d.update({(1, 2): 74})', type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = l.append(2)
    print('l.append(2)', repr(r))
except Exception as e:
    print('l.append(2)', type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = s.add(-1)
    print('s.add(-1)', repr(r))
except Exception as e:
    print('s.add(-1)', type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = d.get(3.0)
    print('d.get(3.0)', repr(r))
except Exception as e:
    print('d.get(3.0)', type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    r = l.append(2**70)
    print('l.append(2**70)', repr(r))
except Exception as e:
    print('l.append(2**70)', type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    del d[7]; print('del', '7')
except KeyError as e:
    print('del KeyError', e)
d[12] = 22; print('set', '12')
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = d.pop('b', 'dflt')
    print("d.pop('b', 'dflt')", repr(r))
except Exception as e:
    print("d.pop('b', 'dflt')", type(e).__name__, e)
try:
    r = d.clear()
    print('d.clear()', repr(r))
except Exception as e:
    print('d.clear()', type(e).__name__, e)
try:
    r = d.update({0: 65})
    print('d.update({0: 65})', repr(r))
except Exception as e:
    print('d.update({0: 65})', type(e).__name__, e)
try:
    r = d.clear()
    print('d.clear()', repr(r))
except Exception as e:
    print('d.clear()', type(e).__name__, e)
try:
    r = d.setdefault('a', 16)
    print("d.setdefault('a', 16)", repr(r))
except Exception as e:
    print("d.setdefault('a', 16)", type(e).__name__, e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = 3.0 in d
    print('3.0 in d', repr(r))
except Exception as e:
    print('3.0 in d', type(e).__name__, e)
d[12] = 10; print('set', '12')
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = l.append(0)
    print('l.append(0)', repr(r))
except Exception as e:
    print('l.append(0)', type(e).__name__, e)
show(649)
try:
    r = l.insert(68 % 5, 'c')
    print("l.insert(68 % 5, 'c')", repr(r))
except Exception as e:
    print("l.insert(68 % 5, 'c')", type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = d.clear()
    print('d.clear()', repr(r))
except Exception as e:
    print('d.clear()', type(e).__name__, e)
try:
    r = d.pop(False, 'dflt')
    print("d.pop(False, 'dflt')", repr(r))
except Exception as e:
    print("d.pop(False, 'dflt')", type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = s.add(12)
    print('s.add(12)', repr(r))
except Exception as e:
    print('s.add(12)', type(e).__name__, e)
try:
    r = l.remove(7)
    print('l.remove(7)', repr(r))
except Exception as e:
    print('l.remove(7)', type(e).__name__, e)
try:
    r = s.discard(7)
    print('s.discard(7)', repr(r))
except Exception as e:
    print('s.discard(7)', type(e).__name__, e)
try:
    r = d.clear()
    print('d.clear()', repr(r))
except Exception as e:
    print('d.clear()', type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = l.remove(12)
    print('l.remove(12)', repr(r))
except Exception as e:
    print('l.remove(12)', type(e).__name__, e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    r = d.clear()
    print('d.clear()', repr(r))
except Exception as e:
    print('d.clear()', type(e).__name__, e)
try:
    r = s.discard(3.0)
    print('s.discard(3.0)', repr(r))
except Exception as e:
    print('s.discard(3.0)', type(e).__name__, e)
try:
    r = 2 in d
    print('2 in d', repr(r))
except Exception as e:
    print('2 in d', type(e).__name__, e)
try:
    r = l.append(7)
    print('l.append(7)', repr(r))
except Exception as e:
    print('l.append(7)', type(e).__name__, e)
try:
    r = d.setdefault(7, 87)
    print('d.setdefault(7, 87)', repr(r))
except Exception as e:
    print('d.setdefault(7, 87)', type(e).__name__, e)
try:
    r = s.discard('a')
    print("s.discard('a')", repr(r))
except Exception as e:
    print("s.discard('a')", type(e).__name__, e)
try:
    r = l.remove(-1)
    print('l.remove(-1)', repr(r))
except Exception as e:
    print('l.remove(-1)', type(e).__name__, e)
try:
    r = l.remove(2**70)
    print('l.remove(2**70)', repr(r))
except Exception as e:
    print('l.remove(2**70)', type(e).__name__, e)
d[1] = 98; print('set', '1')
try:
    r = d.get(-5)
    print('d.get(-5)', repr(r))
except Exception as e:
    print('d.get(-5)', type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = d.setdefault(False, 84)
    print('d.setdefault(False, 84)', repr(r))
except Exception as e:
    print('d.setdefault(False, 84)', type(e).__name__, e)
try:
    r = l.append(2)
    print('l.append(2)', repr(r))
except Exception as e:
    print('l.append(2)', type(e).__name__, e)
try:
    r = 12 in d
    print('12 in d', repr(r))
except Exception as e:
    print('12 in d', type(e).__name__, e)
try:
    r = l.insert(28 % 5, 'c')
    print("l.insert(28 % 5, 'c')", repr(r))
except Exception as e:
    print("l.insert(28 % 5, 'c')", type(e).__name__, e)
try:
    r = s.add('c')
    print("s.add('c')", repr(r))
except Exception as e:
    print("s.add('c')", type(e).__name__, e)
try:
    r = l.append('b')
    print("l.append('b')", repr(r))
except Exception as e:
    print("l.append('b')", type(e).__name__, e)
try:
    r = l.insert(82 % 5, 7)
    print('l.insert(82 % 5, 7)', repr(r))
except Exception as e:
    print('l.insert(82 % 5, 7)', type(e).__name__, e)
d[1] = 99; print('set', '1')
try:
    r = l.append(3.0)
    print('l.append(3.0)', repr(r))
except Exception as e:
    print('l.append(3.0)', type(e).__name__, e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    r = d.setdefault(True, 40)
    print('d.setdefault(True, 40)', repr(r))
except Exception as e:
    print('d.setdefault(True, 40)', type(e).__name__, e)
try:
    r = d.get(1)
    print('d.get(1)', repr(r))
except Exception as e:
    print('d.get(1)', type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = d.pop(False)
    print('d.pop(False)', repr(r))
except Exception as e:
    print('d.pop(False)', type(e).__name__, e)
try:
    r = l.append(False)
    print('l.append(False)', repr(r))
except Exception as e:
    print('l.append(False)', type(e).__name__, e)
try:
    r = l.insert(40 % 5, 1)
    print('l.insert(40 % 5, 1)', repr(r))
except Exception as e:
    print('l.insert(40 % 5, 1)', type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    del d[(1, 2)]; print('del', '(1, 2)')
except KeyError as e:
    print('del KeyError', e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    r = s.discard(2)
    print('s.discard(2)', repr(r))
except Exception as e:
    print('s.discard(2)', type(e).__name__, e)
try:
    r = s.add((1, 2))
    print('s.add((1, 2))', repr(r))
except Exception as e:
    print('s.add((1, 2))', type(e).__name__, e)
try:
    r = l.append('b')
    print("l.append('b')", repr(r))
except Exception as e:
    print("l.append('b')", type(e).__name__, e)
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
show(699)
try:
    r = d.get(3.0)
    print('d.get(3.0)', repr(r))
except Exception as e:
    print('d.get(3.0)', type(e).__name__, e)
try:
    r = d.get('b')
    print("d.get('b')", repr(r))
except Exception as e:
    print("d.get('b')", type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = 7 in d
    print('7 in d', repr(r))
except Exception as e:
    print('7 in d', type(e).__name__, e)
d[-5] = 99; print('set', '-5')
try:
    r = s.discard('c')
    print("s.discard('c')", repr(r))
except Exception as e:
    print("s.discard('c')", type(e).__name__, e)
try:
    r = s.remove(3.0)
    print('s.remove(3.0)', repr(r))
except Exception as e:
    print('s.remove(3.0)', type(e).__name__, e)
try:
    r = l.insert(23 % 5, 'c')
    print("l.insert(23 % 5, 'c')", repr(r))
except Exception as e:
    print("l.insert(23 % 5, 'c')", type(e).__name__, e)
try:
    r = l.remove(-1)
    print('l.remove(-1)', repr(r))
except Exception as e:
    print('l.remove(-1)', type(e).__name__, e)
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
try:
    r = d.pop(False, 'dflt')
    print("d.pop(False, 'dflt')", repr(r))
except Exception as e:
    print("d.pop(False, 'dflt')", type(e).__name__, e)
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
try:
    r = d.update({1: 6})
    print('d.update({1: 6})', repr(r))
except Exception as e:
    print('d.update({1: 6})', type(e).__name__, e)
try:
    r = s.add(2)
    print('s.add(2)', repr(r))
except Exception as e:
    print('s.add(2)', type(e).__name__, e)
try:
    r = 'b' in d
    print("'b' in d", repr(r))
except Exception as e:
    print("'b' in d", type(e).__name__, e)
try:
    r = d.pop(True, 'dflt')
    print("d.pop(True, 'dflt')", repr(r))
except Exception as e:
    print("d.pop(True, 'dflt')", type(e).__name__, e)
try:
    r = l.remove(False)
    print('l.remove(False)', repr(r))
except Exception as e:
    print('l.remove(False)', type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = d.pop(True)
    print('d.pop(True)', repr(r))
except Exception as e:
    print('d.pop(True)', type(e).__name__, e)
try:
    r = d.pop(0)
    print('d.pop(0)', repr(r))
except Exception as e:
    print('d.pop(0)', type(e).__name__, e)
try:
    r = s.add(-1)
    print('s.add(-1)', repr(r))
except Exception as e:
    print('s.add(-1)', type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = s.add('b')
    print("s.add('b')", repr(r))
except Exception as e:
    print("s.add('b')", type(e).__name__, e)
try:
    r = d.pop(0, 'dflt')
    print("d.pop(0, 'dflt')", repr(r))
except Exception as e:
    print("d.pop(0, 'dflt')", type(e).__name__, e)
try:
    r = l.append((1, 2))
    print('l.append((1, 2))', repr(r))
except Exception as e:
    print('l.append((1, 2))', type(e).__name__, e)
try:
    r = d.pop((1, 2), 'dflt')
    print("d.pop((1, 2), 'dflt')", repr(r))
except Exception as e:
    print("d.pop((1, 2), 'dflt')", type(e).__name__, e)
try:
    r = d.get(0)
    print('d.get(0)', repr(r))
except Exception as e:
    print('d.get(0)', type(e).__name__, e)
try:
    r = d.pop(0)
    print('d.pop(0)', repr(r))
except Exception as e:
    print('d.pop(0)', type(e).__name__, e)
try:
    r = d.setdefault(-5, 31)
    print('d.setdefault(-5, 31)', repr(r))
except Exception as e:
    print('d.setdefault(-5, 31)', type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    r = s.discard('b')
    print("s.discard('b')", repr(r))
except Exception as e:
    print("s.discard('b')", type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = d.get((1, 2))
    print('d.get((1, 2))', repr(r))
except Exception as e:
    print('d.get((1, 2))', type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = l.remove('a')
    print("l.remove('a')", repr(r))
except Exception as e:
    print("l.remove('a')", type(e).__name__, e)
try:
    r = s.remove(12)
    print('s.remove(12)', repr(r))
except Exception as e:
    print('s.remove(12)', type(e).__name__, e)
try:
    r = l.append(3.0)
    print('l.append(3.0)', repr(r))
except Exception as e:
    print('l.append(3.0)', type(e).__name__, e)
try:
    r = l.append(2**70)
    print('l.append(2**70)', repr(r))
except Exception as e:
    print('l.append(2**70)', type(e).__name__, e)
try:
    r = d.update({(1, 2): 76})
    print('d.update({(1, 2): 76})', repr(r))
except Exception as e:
    print('d.update({(1, 2): 76})', type(e).__name__, e)
try:
    r = l.remove(2)
    print('l.remove(2)', repr(r))
except Exception as e:
    print('l.remove(2)', type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = 2 in d
    print('2 in d', repr(r))
except Exception as e:
    print('2 in d', type(e).__name__, e)
try:
    r = d.clear()
    print('d.clear()', repr(r))
except Exception as e:
    print('d.clear()', type(e).__name__, e)
try:
    r = d.get(True)
    print('d.get(True)', repr(r))
except Exception as e:
    print('d.get(True)', type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    r = s.add(False)
    print('s.add(False)', repr(r))
except Exception as e:
    print('s.add(False)', type(e).__name__, e)
try:
    del d[3.0]; print('del', '3.0')
except KeyError as e:
    print('del KeyError', e)
try:
    r = d.pop((1, 2))
    print('d.pop((1, 2))', repr(r))
except Exception as e:
    print('d.pop((1, 2))', type(e).__name__, e)
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
try:
    r = d.get(0)
    print('d.get(0)', repr(r))
except Exception as e:
    print('d.get(0)', type(e).__name__, e)
try:
    r = l.append('c')
    print("l.append('c')", repr(r))
except Exception as e:
    print("l.append('c')", type(e).__name__, e)
try:
    r = l.remove(False)
    print('l.remove(False)', repr(r))
except Exception as e:
    print('l.remove(False)', type(e).__name__, e)
try:
    r = d.clear()
    print('d.clear()', repr(r))
except Exception as e:
    print('d.clear()', type(e).__name__, e)
try:
    r = d.pop((1, 2), 'dflt')
    print("d.pop((1, 2), 'dflt')", repr(r))
except Exception as e:
    print("d.pop((1, 2), 'dflt')", type(e).__name__, e)
try:
    r = d.clear()
    print('d.clear()', repr(r))
except Exception as e:
    print('d.clear()', type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = d.setdefault('a', 13)
    print("d.setdefault('a', 13)", repr(r))
except Exception as e:
    print("d.setdefault('a', 13)", type(e).__name__, e)
try:
    r = s.add(True)
    print('s.add(True)', repr(r))
except Exception as e:
    print('s.add(True)', type(e).__name__, e)
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
try:
    r = d.pop(0)
    print('d.pop(0)', repr(r))
except Exception as e:
    print('d.pop(0)', type(e).__name__, e)
try:
    r = l.remove(-5)
    print('l.remove(-5)', repr(r))
except Exception as e:
    print('l.remove(-5)', type(e).__name__, e)
try:
    del d['a']; print('del', "'a'")
except KeyError as e:
    print('del KeyError', e)
try:
    r = d.pop((1, 2), 'dflt')
    print("d.pop((1, 2), 'dflt')", repr(r))
except Exception as e:
    print("d.pop((1, 2), 'dflt')", type(e).__name__, e)
try:
    r = s.remove(-1)
    print('s.remove(-1)', repr(r))
except Exception as e:
    print('s.remove(-1)', type(e).__name__, e)
try:
    r = s.discard('c')
    print("s.discard('c')", repr(r))
except Exception as e:
    print("s.discard('c')", type(e).__name__, e)
try:
    r = d.pop((1, 2))
    print('d.pop((1, 2))', repr(r))
except Exception as e:
    print('d.pop((1, 2))', type(e).__name__, e)
try:
    r = d.update({False: 63})
    print('d.update({False: 63})', repr(r))
except Exception as e:
    print('d.update({False: 63})', type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = d.get(1)
    print('d.get(1)', repr(r))
except Exception as e:
    print('d.get(1)', type(e).__name__, e)
try:
    r = d.get('c')
    print("d.get('c')", repr(r))
except Exception as e:
    print("d.get('c')", type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = d.pop('a')
    print("d.pop('a')", repr(r))
except Exception as e:
    print("d.pop('a')", type(e).__name__, e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    r = 'c' in d
    print("'c' in d", repr(r))
except Exception as e:
    print("'c' in d", type(e).__name__, e)
try:
    r = l.insert(9 % 5, False)
    print('l.insert(9 % 5, False)', repr(r))
except Exception as e:
    print('l.insert(9 % 5, False)', type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    del d[-1]; print('del', '-1')
except KeyError as e:
    print('del KeyError', e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = s.remove(7)
    print('s.remove(7)', repr(r))
except Exception as e:
    print('s.remove(7)', type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = l.remove(False)
    print('l.remove(False)', repr(r))
except Exception as e:
    print('l.remove(False)', type(e).__name__, e)
try:
    r = 2 in d
    print('2 in d', repr(r))
except Exception as e:
    print('2 in d', type(e).__name__, e)
try:
    del d[0]; print('del', '0')
except KeyError as e:
    print('del KeyError', e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
try:
    r = d.update({'c': 78})
    print("d.update({'c': 78})", repr(r))
except Exception as e:
    print("d.update({'c': 78})", type(e).__name__, e)
try:
    r = d.get(2**70)
    print('d.get(2**70)', repr(r))
except Exception as e:
    print('d.get(2**70)', type(e).__name__, e)
try:
    r = d.get('b')
    print("d.get('b')", repr(r))
except Exception as e:
    print("d.get('b')", type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = s.add(1)
    print('s.add(1)', repr(r))
except Exception as e:
    print('s.add(1)', type(e).__name__, e)
try:
    r = d.setdefault(12, 26)
    print('d.setdefault(12, 26)', repr(r))
except Exception as e:
    print('d.setdefault(12, 26)', type(e).__name__, e)
try:
    r = d.update({-1: 60})
    print('d.update({-1: 60})', repr(r))
except Exception as e:
    print('d.update({-1: 60})', type(e).__name__, e)
try:
    r = d.pop(7, 'dflt')
    print("d.pop(7, 'dflt')", repr(r))
except Exception as e:
    print("d.pop(7, 'dflt')", type(e).__name__, e)
try:
    r = 'b' in d
    print("'b' in d", repr(r))
except Exception as e:
    print("'b' in d", type(e).__name__, e)
try:
    r = s.add(2**70)
    print('s.add(2**70)', repr(r))
except Exception as e:
    print('s.add(2**70)', type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
show(799)
try:
    r = s.discard('a')
    print("s.discard('a')", repr(r))
except Exception as e:
    print("s.discard('a')", type(e).__name__, e)
try:
    r = l.insert(81 % 5, 2)
    print('l.insert(81 % 5, 2)', repr(r))
except Exception as e:
    print('l.insert(81 % 5, 2)', type(e).__name__, e)
try:
    r = s.add(-5)
    print('s.add(-5)', repr(r))
except Exception as e:
    print('s.add(-5)', type(e).__name__, e)
try:
    del d[True]; print('del', 'True')
except KeyError as e:
    print('del KeyError', e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    del d[True]; print('del', 'True')
except KeyError as e:
    print('del KeyError', e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = s.discard(False)
    print('s.discard(False)', repr(r))
except Exception as e:
    print('s.discard(False)', type(e).__name__, e)
try:
    r = l.append(-1)
    print('l.append(-1)', repr(r))
except Exception as e:
    print('l.append(-1)', type(e).__name__, e)
try:
    del d['b']; print('del', "'b'")
except KeyError as e:
    print('del KeyError', e)
try:
    r = l.insert(65 % 5, -5)
    print('l.insert(65 % 5, -5)', repr(r))
except Exception as e:
    print('l.insert(65 % 5, -5)', type(e).__name__, e)
try:
    r = s.discard(2)
    print('s.discard(2)', repr(r))
except Exception as e:
    print('s.discard(2)', type(e).__name__, e)
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
try:
    r = d.setdefault(3.0, 18)
    print('d.setdefault(3.0, 18)', repr(r))
except Exception as e:
    print('d.setdefault(3.0, 18)', type(e).__name__, e)
try:
    r = d.update({3.0: 56})
    print('d.update({3.0: 56})', repr(r))
except Exception as e:
    print('d.update({3.0: 56})', type(e).__name__, e)
try:
    r = d.pop(-1)
    print('d.pop(-1)', repr(r))
except Exception as e:
    print('d.pop(-1)', type(e).__name__, e)
try:
    r = s.remove('c')
    print("s.remove('c')", repr(r))
except Exception as e:
    print("s.remove('c')", type(e).__name__, e)
d[3.0] = 65; print('set', '3.0')
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
try:
    r = d.get(-1)
    print('d.get(-1)', repr(r))
except Exception as e:
    print('d.get(-1)', type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = d.clear()
    print('d.clear()', repr(r))
except Exception as e:
    print('d.clear()', type(e).__name__, e)
try:
    r = 'a' in d
    print("'a' in d", repr(r))
except Exception as e:
    print("'a' in d", type(e).__name__, e)
try:
    r = d.update({2: 18})
    print('d.update({2: 18})', repr(r))
except Exception as e:
    print('d.update({2: 18})', type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = 12 in d
    print('12 in d', repr(r))
except Exception as e:
    print('12 in d', type(e).__name__, e)
try:
    r = l.append(-1)
    print('l.append(-1)', repr(r))
except Exception as e:
    print('l.append(-1)', type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
try:
    r = l.insert(21 % 5, 'c')
    print("l.insert(21 % 5, 'c')", repr(r))
except Exception as e:
    print("l.insert(21 % 5, 'c')", type(e).__name__, e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
d[False] = 69; print('set', 'False')
try:
    r = d.update({3.0: 99})
    print('d.update({3.0: 99})', repr(r))
except Exception as e:
    print('d.update({3.0: 99})', type(e).__name__, e)
try:
    r = d.pop(3.0, 'dflt')
    print("d.pop(3.0, 'dflt')", repr(r))
except Exception as e:
    print("d.pop(3.0, 'dflt')", type(e).__name__, e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    r = s.remove(-1)
    print('s.remove(-1)', repr(r))
except Exception as e:
    print('s.remove(-1)', type(e).__name__, e)
try:
    r = s.remove('a')
    print("s.remove('a')", repr(r))
except Exception as e:
    print("s.remove('a')", type(e).__name__, e)
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
try:
    r = d.update({'c': 62})
    print("d.update({'c': 62})", repr(r))
except Exception as e:
    print("d.update({'c': 62})", type(e).__name__, e)
try:
    r = d.clear()
    print('d.clear()', repr(r))
except Exception as e:
    print('d.clear()', type(e).__name__, e)
try:
    r = 7 in d
    print('7 in d', repr(r))
except Exception as e:
    print('7 in d', type(e).__name__, e)
try:
    r = d.setdefault(2**70, 27)
    print('d.setdefault(2**70, 27)', repr(r))
except Exception as e:
    print('d.setdefault(2**70, 27)', type(e).__name__, e)
show(849)
try:
    r = d.pop(12)
    print('d.pop(12)', repr(r))
except Exception as e:
    print('d.pop(12)', type(e).__name__, e)
try:
    r = d.get(-1)
    print('d.get(-1)', repr(r))
except Exception as e:
    print('d.get(-1)', type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = d.update({12: 47})
    print('d.update({12: 47})', repr(r))
except Exception as e:
    print('d.update({12: 47})', type(e).__name__, e)
try:
    r = s.remove(False)
    print('s.remove(False)', repr(r))
except Exception as e:
    print('s.remove(False)', type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = l.append((1, 2))
    print('l.append((1, 2))', repr(r))
except Exception as e:
    print('l.append((1, 2))', type(e).__name__, e)
try:
    r = d.pop('b', 'dflt')
    print("d.pop('b', 'dflt')", repr(r))
except Exception as e:
    print("d.pop('b', 'dflt')", type(e).__name__, e)
d[3.0] = 31; print('set', '3.0')
try:
    r = l.remove(0)
    print('l.remove(0)', repr(r))
except Exception as e:
    print('l.remove(0)', type(e).__name__, e)
try:
    r = l.insert(21 % 5, -5)
    print('l.insert(21 % 5, -5)', repr(r))
except Exception as e:
    print('l.insert(21 % 5, -5)', type(e).__name__, e)
try:
    r = d.setdefault(1, 78)
    print('d.setdefault(1, 78)', repr(r))
except Exception as e:
    print('d.setdefault(1, 78)', type(e).__name__, e)
try:
    r = d.pop('c')
    print("d.pop('c')", repr(r))
except Exception as e:
    print("d.pop('c')", type(e).__name__, e)
try:
    r = d.setdefault(2, 47)
    print('d.setdefault(2, 47)', repr(r))
except Exception as e:
    print('d.setdefault(2, 47)', type(e).__name__, e)
try:
    del d[-1]; print('del', '-1')
except KeyError as e:
    print('del KeyError', e)
try:
    r = s.discard(7)
    print('s.discard(7)', repr(r))
except Exception as e:
    print('s.discard(7)', type(e).__name__, e)
d['b'] = 21; print('set', "'b'")
try:
    r = l.insert(35 % 5, 12)
    print('l.insert(35 % 5, 12)', repr(r))
except Exception as e:
    print('l.insert(35 % 5, 12)', type(e).__name__, e)
try:
    r = d.pop(1)
    print('d.pop(1)', repr(r))
except Exception as e:
    print('d.pop(1)', type(e).__name__, e)
try:
    r = d.pop(0)
    print('d.pop(0)', repr(r))
except Exception as e:
    print('d.pop(0)', type(e).__name__, e)
try:
    r = d.pop(-5, 'dflt')
    print("d.pop(-5, 'dflt')", repr(r))
except Exception as e:
    print("d.pop(-5, 'dflt')", type(e).__name__, e)
d['b'] = 46; print('set', "'b'")
try:
    r = s.add(3.0)
    print('s.add(3.0)', repr(r))
except Exception as e:
    print('s.add(3.0)', type(e).__name__, e)
try:
    r = s.remove(3.0)
    print('s.remove(3.0)', repr(r))
except Exception as e:
    print('s.remove(3.0)', type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
d[False] = 67; print('set', 'False')
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
d[7] = 95; print('set', '7')
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    r = d.pop(0)
    print('d.pop(0)', repr(r))
except Exception as e:
    print('d.pop(0)', type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = s.discard(-1)
    print('s.discard(-1)', repr(r))
except Exception as e:
    print('s.discard(-1)', type(e).__name__, e)
try:
    r = 'b' in d
    print("'b' in d", repr(r))
except Exception as e:
    print("'b' in d", type(e).__name__, e)
try:
    r = s.discard(False)
    print('s.discard(False)', repr(r))
except Exception as e:
    print('s.discard(False)', type(e).__name__, e)
try:
    r = d.pop(1)
    print('d.pop(1)', repr(r))
except Exception as e:
    print('d.pop(1)', type(e).__name__, e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    r = d.clear()
    print('d.clear()', repr(r))
except Exception as e:
    print('d.clear()', type(e).__name__, e)
try:
    r = d.get((1, 2))
    print('d.get((1, 2))', repr(r))
except Exception as e:
    print('d.get((1, 2))', type(e).__name__, e)
try:
    r = d.pop(2**70)
    print('d.pop(2**70)', repr(r))
except Exception as e:
    print('d.pop(2**70)', type(e).__name__, e)
try:
    r = l.append(2**70)
    print('l.append(2**70)', repr(r))
except Exception as e:
    print('l.append(2**70)', type(e).__name__, e)
try:
    r = d.get(-1)
    print('d.get(-1)', repr(r))
except Exception as e:
    print('d.get(-1)', type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = d.update({True: 5})
    print('d.update({True: 5})', repr(r))
except Exception as e:
    print('d.update({True: 5})', type(e).__name__, e)
try:
    r = d.pop(0)
    print('d.pop(0)', repr(r))
except Exception as e:
    print('d.pop(0)', type(e).__name__, e)
try:
    r = 'c' in d
    print("'c' in d", repr(r))
except Exception as e:
    print("'c' in d", type(e).__name__, e)
show(899)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = d.pop(-5, 'dflt')
    print("d.pop(-5, 'dflt')", repr(r))
except Exception as e:
    print("d.pop(-5, 'dflt')", type(e).__name__, e)
try:
    r = l.insert(20 % 5, 'a')
    print("l.insert(20 % 5, 'a')", repr(r))
except Exception as e:
    print("l.insert(20 % 5, 'a')", type(e).__name__, e)
try:
    r = l.insert(59 % 5, False)
    print('l.insert(59 % 5, False)', repr(r))
except Exception as e:
    print('l.insert(59 % 5, False)', type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = l.remove(True)
    print('l.remove(True)', repr(r))
except Exception as e:
    print('l.remove(True)', type(e).__name__, e)
try:
    r = d.get(0)
    print('d.get(0)', repr(r))
except Exception as e:
    print('d.get(0)', type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    r = d.pop(0, 'dflt')
    print("d.pop(0, 'dflt')", repr(r))
except Exception as e:
    print("d.pop(0, 'dflt')", type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = d.pop(2, 'dflt')
    print("d.pop(2, 'dflt')", repr(r))
except Exception as e:
    print("d.pop(2, 'dflt')", type(e).__name__, e)
try:
    r = d.pop(2**70, 'dflt')
    print("d.pop(2**70, 'dflt')", repr(r))
except Exception as e:
    print("d.pop(2**70, 'dflt')", type(e).__name__, e)
try:
    r = l.append(1)
    print('l.append(1)', repr(r))
except Exception as e:
    print('l.append(1)', type(e).__name__, e)
try:
    r = d.clear()
    print('d.clear()', repr(r))
except Exception as e:
    print('d.clear()', type(e).__name__, e)
try:
    r = s.remove('b')
    print("s.remove('b')", repr(r))
except Exception as e:
    print("s.remove('b')", type(e).__name__, e)
try:
    r = l.insert(18 % 5, 'a')
    print("l.insert(18 % 5, 'a')", repr(r))
except Exception as e:
    print("l.insert(18 % 5, 'a')", type(e).__name__, e)
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    del d[(1, 2)]; print('del', '(1, 2)')
except KeyError as e:
    print('del KeyError', e)
try:
    r = l.insert(96 % 5, 3.0)
    print('l.insert(96 % 5, 3.0)', repr(r))
except Exception as e:
    print('l.insert(96 % 5, 3.0)', type(e).__name__, e)
try:
    r = s.remove(-5)
    print('s.remove(-5)', repr(r))
except Exception as e:
    print('s.remove(-5)', type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    r = d.get(2**70)
    print('d.get(2**70)', repr(r))
except Exception as e:
    print('d.get(2**70)', type(e).__name__, e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    r = l.remove(1)
    print('l.remove(1)', repr(r))
except Exception as e:
    print('l.remove(1)', type(e).__name__, e)
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
try:
    del d[2**70]; print('del', '2**70')
except KeyError as e:
    print('del KeyError', e)
try:
    r = d.update({2: 20})
    print('d.update({2: 20})', repr(r))
except Exception as e:
    print('d.update({2: 20})', type(e).__name__, e)
try:
    r = d.get(1)
    print('d.get(1)', repr(r))
except Exception as e:
    print('d.get(1)', type(e).__name__, e)
try:
    r = s.add(1)
    print('s.add(1)', repr(r))
except Exception as e:
    print('s.add(1)', type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    r = d.setdefault('c', 9)
    print("d.setdefault('c', 9)", repr(r))
except Exception as e:
    print("d.setdefault('c', 9)", type(e).__name__, e)
try:
    r = s.discard(3.0)
    print('s.discard(3.0)', repr(r))
except Exception as e:
    print('s.discard(3.0)', type(e).__name__, e)
try:
    r = l.insert(34 % 5, 'b')
    print("l.insert(34 % 5, 'b')", repr(r))
except Exception as e:
    print("l.insert(34 % 5, 'b')", type(e).__name__, e)
try:
    r = l.remove(False)
    print('l.remove(False)', repr(r))
except Exception as e:
    print('l.remove(False)', type(e).__name__, e)
try:
    r = d.get(1)
    print('d.get(1)', repr(r))
except Exception as e:
    print('d.get(1)', type(e).__name__, e)
try:
    r = l.insert(86 % 5, 'c')
    print("l.insert(86 % 5, 'c')", repr(r))
except Exception as e:
    print("l.insert(86 % 5, 'c')", type(e).__name__, e)
try:
    r = d.clear()
    print('d.clear()', repr(r))
except Exception as e:
    print('d.clear()', type(e).__name__, e)
try:
    r = s.remove(False)
    print('s.remove(False)', repr(r))
except Exception as e:
    print('s.remove(False)', type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = (1, 2) in d
    print('(1, 2) in d', repr(r))
except Exception as e:
    print('(1, 2) in d', type(e).__name__, e)
d[2] = 69; print('set', '2')
try:
    r = d.clear()
    print('d.clear()', repr(r))
except Exception as e:
    print('d.clear()', type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    del d['a']; print('del', "'a'")
except KeyError as e:
    print('del KeyError', e)
try:
    r = d.clear()
    print('d.clear()', repr(r))
except Exception as e:
    print('d.clear()', type(e).__name__, e)
try:
    r = d.pop(12, 'dflt')
    print("d.pop(12, 'dflt')", repr(r))
except Exception as e:
    print("d.pop(12, 'dflt')", type(e).__name__, e)
try:
    del d[-5]; print('del', '-5')
except KeyError as e:
    print('del KeyError', e)
try:
    r = l.remove(2)
    print('l.remove(2)', repr(r))
except Exception as e:
    print('l.remove(2)', type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = l.remove('c')
    print("l.remove('c')", repr(r))
except Exception as e:
    print("l.remove('c')", type(e).__name__, e)
try:
    r = s.remove('c')
    print("s.remove('c')", repr(r))
except Exception as e:
    print("s.remove('c')", type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = d.pop(False, 'dflt')
    print("d.pop(False, 'dflt')", repr(r))
except Exception as e:
    print("d.pop(False, 'dflt')", type(e).__name__, e)
try:
    r = l.remove(1)
    print('l.remove(1)', repr(r))
except Exception as e:
    print('l.remove(1)', type(e).__name__, e)
try:
    r = 3.0 in d
    print('3.0 in d', repr(r))
except Exception as e:
    print('3.0 in d', type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = d.update({3.0: 29})
    print('d.update({3.0: 29})', repr(r))
except Exception as e:
    print('d.update({3.0: 29})', type(e).__name__, e)
try:
    r = l.insert(33 % 5, 7)
    print('l.insert(33 % 5, 7)', repr(r))
except Exception as e:
    print('l.insert(33 % 5, 7)', type(e).__name__, e)
try:
    r = 12 in d
    print('12 in d', repr(r))
except Exception as e:
    print('12 in d', type(e).__name__, e)
try:
    r = l.insert(33 % 5, 'a')
    print("l.insert(33 % 5, 'a')", repr(r))
except Exception as e:
    print("l.insert(33 % 5, 'a')", type(e).__name__, e)
try:
    del d[(1, 2)]; print('del', '(1, 2)')
except KeyError as e:
    print('del KeyError', e)
d[2] = 36; print('set', '2')
try:
    r = d.clear()
    print('d.clear()', repr(r))
except Exception as e:
    print('d.clear()', type(e).__name__, e)
d['b'] = 43; print('set', "'b'")
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = d.get(2)
    print('d.get(2)', repr(r))
except Exception as e:
    print('d.get(2)', type(e).__name__, e)
try:
    r = d.get(7)
    print('d.get(7)', repr(r))
except Exception as e:
    print('d.get(7)', type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    r = d.update({-1: 66})
    print('d.update({-1: 66})', repr(r))
except Exception as e:
    print('d.update({-1: 66})', type(e).__name__, e)
try:
    r = l.insert(89 % 5, 2**70)
    print('l.insert(89 % 5, 2**70)', repr(r))
except Exception as e:
    print('l.insert(89 % 5, 2**70)', type(e).__name__, e)
try:
    r = d.get(7)
    print('d.get(7)', repr(r))
except Exception as e:
    print('d.get(7)', type(e).__name__, e)
try:
    r = s.add(7)
    print('s.add(7)', repr(r))
except Exception as e:
    print('s.add(7)', type(e).__name__, e)
try:
    r = d.setdefault('b', 85)
    print("d.setdefault('b', 85)", repr(r))
except Exception as e:
    print("d.setdefault('b', 85)", type(e).__name__, e)
try:
    r = 12 in d
    print('12 in d', repr(r))
except Exception as e:
    print('12 in d', type(e).__name__, e)
try:
    r = l.append(-1)
    print('l.append(-1)', repr(r))
except Exception as e:
    print('l.append(-1)', type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    del d['b']; print('del', "'b'")
except KeyError as e:
    print('del KeyError', e)
try:
    r = l.append((1, 2))
    print('l.append((1, 2))', repr(r))
except Exception as e:
    print('l.append((1, 2))', type(e).__name__, e)
try:
    r = d.pop(2, 'dflt')
    print("d.pop(2, 'dflt')", repr(r))
except Exception as e:
    print("d.pop(2, 'dflt')", type(e).__name__, e)
try:
    r = d.get(-1)
    print('d.get(-1)', repr(r))
except Exception as e:
    print('d.get(-1)', type(e).__name__, e)
try:
    r = d.get('b')
    print("d.get('b')", repr(r))
except Exception as e:
    print("d.get('b')", type(e).__name__, e)
d['c'] = 9; print('set', "'c'")
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = d.update({'c': 67})
    print("d.update({'c': 67})", repr(r))
except Exception as e:
    print("d.update({'c': 67})", type(e).__name__, e)
try:
    r = l.append('a')
    print("l.append('a')", repr(r))
except Exception as e:
    print("l.append('a')", type(e).__name__, e)
show(999)
try:
    r = d.clear()
    print('d.clear()', repr(r))
except Exception as e:
    print('d.clear()', type(e).__name__, e)
try:
    r = s.discard(False)
    print('s.discard(False)', repr(r))
except Exception as e:
    print('s.discard(False)', type(e).__name__, e)
try:
    r = d.get(7)
    print('d.get(7)', repr(r))
except Exception as e:
    print('d.get(7)', type(e).__name__, e)
try:
    r = d.pop(-5, 'dflt')
    print("d.pop(-5, 'dflt')", repr(r))
except Exception as e:
    print("d.pop(-5, 'dflt')", type(e).__name__, e)
try:
    r = d.clear()
    print('d.clear()', repr(r))
except Exception as e:
    print('d.clear()', type(e).__name__, e)
try:
    r = l.append(0)
    print('l.append(0)', repr(r))
except Exception as e:
    print('l.append(0)', type(e).__name__, e)
try:
    r = l.append(7)
    print('l.append(7)', repr(r))
except Exception as e:
    print('l.append(7)', type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = d.pop(2, 'dflt')
    print("d.pop(2, 'dflt')", repr(r))
except Exception as e:
    print("d.pop(2, 'dflt')", type(e).__name__, e)
try:
    r = l.remove(12)
    print('l.remove(12)', repr(r))
except Exception as e:
    print('l.remove(12)', type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = s.discard('c')
    print("s.discard('c')", repr(r))
except Exception as e:
    print("s.discard('c')", type(e).__name__, e)
try:
    r = d.get(3.0)
    print('d.get(3.0)', repr(r))
except Exception as e:
    print('d.get(3.0)', type(e).__name__, e)
try:
    r = l.append(True)
    print('l.append(True)', repr(r))
except Exception as e:
    print('l.append(True)', type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    r = d.update({'a': 31})
    print("d.update({'a': 31})", repr(r))
except Exception as e:
    print("d.update({'a': 31})", type(e).__name__, e)
try:
    r = s.discard(0)
    print('s.discard(0)', repr(r))
except Exception as e:
    print('s.discard(0)', type(e).__name__, e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    r = 'b' in d
    print("'b' in d", repr(r))
except Exception as e:
    print("'b' in d", type(e).__name__, e)
try:
    del d[0]; print('del', '0')
except KeyError as e:
    print('del KeyError', e)
try:
    r = s.add(0)
    print('s.add(0)', repr(r))
except Exception as e:
    print('s.add(0)', type(e).__name__, e)
try:
    r = l.insert(24 % 5, (1, 2))
    print('l.insert(24 % 5, (1, 2))', repr(r))
except Exception as e:
    print('l.insert(24 % 5, (1, 2))', type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = d.get(True)
    print('d.get(True)', repr(r))
except Exception as e:
    print('d.get(True)', type(e).__name__, e)
try:
    r = l.append('b')
    print("l.append('b')", repr(r))
except Exception as e:
    print("l.append('b')", type(e).__name__, e)
try:
    r = d.clear()
    print('d.clear()', repr(r))
except Exception as e:
    print('d.clear()', type(e).__name__, e)
try:
    r = s.discard(12)
    print('s.discard(12)', repr(r))
except Exception as e:
    print('s.discard(12)', type(e).__name__, e)
try:
    r = d.update({True: 95})
    print('d.update({True: 95})', repr(r))
except Exception as e:
    print('d.update({True: 95})', type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    r = l.append(0)
    print('l.append(0)', repr(r))
except Exception as e:
    print('l.append(0)', type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = d.get(7)
    print('d.get(7)', repr(r))
except Exception as e:
    print('d.get(7)', type(e).__name__, e)
try:
    r = l.append('a')
    print("l.append('a')", repr(r))
except Exception as e:
    print("l.append('a')", type(e).__name__, e)
try:
    r = d.pop(0, 'dflt')
    print("d.pop(0, 'dflt')", repr(r))
except Exception as e:
    print("d.pop(0, 'dflt')", type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = s.discard((1, 2))
    print('s.discard((1, 2))', repr(r))
except Exception as e:
    print('s.discard((1, 2))', type(e).__name__, e)
try:
    r = l.append((1, 2))
    print('l.append((1, 2))', repr(r))
except Exception as e:
    print('l.append((1, 2))', type(e).__name__, e)
try:
    r = d.update({12: 76})
    print('d.update({12: 76})', repr(r))
except Exception as e:
    print('d.update({12: 76})', type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    r = d.update({2: 49})
    print('d.update({2: 49})', repr(r))
except Exception as e:
    print('d.update({2: 49})', type(e).__name__, e)
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
try:
    r = d.update({'a': 55})
    print("d.update({'a': 55})", repr(r))
except Exception as e:
    print("d.update({'a': 55})", type(e).__name__, e)
d[2] = 63; print('set', '2')
d[0] = 39; print('set', '0')
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    r = 12 in d
    print('12 in d', repr(r))
except Exception as e:
    print('12 in d', type(e).__name__, e)
show(1049)
try:
    r = d.pop(-1)
    print('d.pop(-1)', repr(r))
except Exception as e:
    print('d.pop(-1)', type(e).__name__, e)
try:
    r = l.append(7)
    print('l.append(7)', repr(r))
except Exception as e:
    print('l.append(7)', type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    r = l.insert(76 % 5, -5)
    print('l.insert(76 % 5, -5)', repr(r))
except Exception as e:
    print('l.insert(76 % 5, -5)', type(e).__name__, e)
try:
    r = s.remove(-5)
    print('s.remove(-5)', repr(r))
except Exception as e:
    print('s.remove(-5)', type(e).__name__, e)
d[7] = 72; print('set', '7')
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    r = d.setdefault(7, 70)
    print('d.setdefault(7, 70)', repr(r))
except Exception as e:
    print('d.setdefault(7, 70)', type(e).__name__, e)
try:
    r = False in d
    print('False in d', repr(r))
except Exception as e:
    print('False in d', type(e).__name__, e)
try:
    r = d.setdefault(12, 58)
    print('d.setdefault(12, 58)', repr(r))
except Exception as e:
    print('d.setdefault(12, 58)', type(e).__name__, e)
try:
    r = s.discard(-1)
    print('s.discard(-1)', repr(r))
except Exception as e:
    print('s.discard(-1)', type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
try:
    r = d.pop('a')
    print("d.pop('a')", repr(r))
except Exception as e:
    print("d.pop('a')", type(e).__name__, e)
try:
    r = d.pop(1)
    print('d.pop(1)', repr(r))
except Exception as e:
    print('d.pop(1)', type(e).__name__, e)
try:
    r = d.update({7: 18})
    print('d.update({7: 18})', repr(r))
except Exception as e:
    print('d.update({7: 18})', type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = s.remove('a')
    print("s.remove('a')", repr(r))
except Exception as e:
    print("s.remove('a')", type(e).__name__, e)
try:
    r = d.pop(-1, 'dflt')
    print("d.pop(-1, 'dflt')", repr(r))
except Exception as e:
    print("d.pop(-1, 'dflt')", type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = d.pop(1)
    print('d.pop(1)', repr(r))
except Exception as e:
    print('d.pop(1)', type(e).__name__, e)
d[3.0] = 65; print('set', '3.0')
try:
    r = d.setdefault('b', 66)
    print("d.setdefault('b', 66)", repr(r))
except Exception as e:
    print("d.setdefault('b', 66)", type(e).__name__, e)
try:
    r = l.remove(12)
    print('l.remove(12)', repr(r))
except Exception as e:
    print('l.remove(12)', type(e).__name__, e)
try:
    r = d.update({'b': 94})
    print("d.update({'b': 94})", repr(r))
except Exception as e:
    print("d.update({'b': 94})", type(e).__name__, e)
try:
    r = d.pop(-5, 'dflt')
    print("d.pop(-5, 'dflt')", repr(r))
except Exception as e:
    print("d.pop(-5, 'dflt')", type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = d.update({2**70: 12})
    print('d.update({2**70: 12})', repr(r))
except Exception as e:
    print('d.update({2**70: 12})', type(e).__name__, e)
try:
    r = d.update({True: 67})
    print('d.update({True: 67})', repr(r))
except Exception as e:
    print('d.update({True: 67})', type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = d.pop(1)
    print('d.pop(1)', repr(r))
except Exception as e:
    print('d.pop(1)', type(e).__name__, e)
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
try:
    r = s.remove(2)
    print('s.remove(2)', repr(r))
except Exception as e:
    print('s.remove(2)', type(e).__name__, e)
try:
    r = -5 in d
    print('-5 in d', repr(r))
except Exception as e:
    print('-5 in d', type(e).__name__, e)
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
try:
    r = s.add(2**70)
    print('s.add(2**70)', repr(r))
except Exception as e:
    print('s.add(2**70)', type(e).__name__, e)
try:
    r = l.remove((1, 2))
    print('l.remove((1, 2))', repr(r))
except Exception as e:
    print('l.remove((1, 2))', type(e).__name__, e)
d['c'] = 54; print('set', "'c'")
try:
    r = d.clear()
    print('d.clear()', repr(r))
except Exception as e:
    print('d.clear()', type(e).__name__, e)
try:
    r = 3.0 in d
    print('3.0 in d', repr(r))
except Exception as e:
    print('3.0 in d', type(e).__name__, e)
try:
    r = 3.0 in d
    print('3.0 in d', repr(r))
except Exception as e:
    print('3.0 in d', type(e).__name__, e)
try:
    r = l.remove((1, 2))
    print('l.remove((1, 2))', repr(r))
except Exception as e:
    print('l.remove((1, 2))', type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = s.add(-1)
    print('s.add(-1)', repr(r))
except Exception as e:
    print('s.add(-1)', type(e).__name__, e)
try:
    r = d.pop(1)
    print('d.pop(1)', repr(r))
except Exception as e:
    print('d.pop(1)', type(e).__name__, e)
show(1099)
try:
    r = s.discard('a')
    print("s.discard('a')", repr(r))
except Exception as e:
    print("s.discard('a')", type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = d.get(2**70)
    print('d.get(2**70)', repr(r))
except Exception as e:
    print('d.get(2**70)', type(e).__name__, e)
try:
    r = d.setdefault((1, 2), 79)
    print('d.setdefault((1, 2), 79)', repr(r))
except Exception as e:
    print('d.setdefault((1, 2), 79)', type(e).__name__, e)
try:
    r = l.append(2)
    print('l.append(2)', repr(r))
except Exception as e:
    print('l.append(2)', type(e).__name__, e)
try:
    r = d.get(7)
    print('d.get(7)', repr(r))
except Exception as e:
    print('d.get(7)', type(e).__name__, e)
try:
    r = s.discard(7)
    print('s.discard(7)', repr(r))
except Exception as e:
    print('s.discard(7)', type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
d[12] = 99; print('set', '12')
try:
    r = l.append(3.0)
    print('l.append(3.0)', repr(r))
except Exception as e:
    print('l.append(3.0)', type(e).__name__, e)
try:
    r = l.append(2**70)
    print('l.append(2**70)', repr(r))
except Exception as e:
    print('l.append(2**70)', type(e).__name__, e)
try:
    r = s.remove(True)
    print('s.remove(True)', repr(r))
except Exception as e:
    print('s.remove(True)', type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = d.pop(12)
    print('d.pop(12)', repr(r))
except Exception as e:
    print('d.pop(12)', type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    del d[7]; print('del', '7')
except KeyError as e:
    print('del KeyError', e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = s.add(True)
    print('s.add(True)', repr(r))
except Exception as e:
    print('s.add(True)', type(e).__name__, e)
try:
    r = s.discard(7)
    print('s.discard(7)', repr(r))
except Exception as e:
    print('s.discard(7)', type(e).__name__, e)
try:
    r = l.insert(87 % 5, 2)
    print('l.insert(87 % 5, 2)', repr(r))
except Exception as e:
    print('l.insert(87 % 5, 2)', type(e).__name__, e)
try:
    r = d.get(0)
    print('d.get(0)', repr(r))
except Exception as e:
    print('d.get(0)', type(e).__name__, e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    r = d.setdefault(12, 55)
    print('d.setdefault(12, 55)', repr(r))
except Exception as e:
    print('d.setdefault(12, 55)', type(e).__name__, e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    r = d.setdefault(7, 69)
    print('d.setdefault(7, 69)', repr(r))
except Exception as e:
    print('d.setdefault(7, 69)', type(e).__name__, e)
try:
    del d[7]; print('del', '7')
except KeyError as e:
    print('del KeyError', e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    r = l.append(7)
    print('l.append(7)', repr(r))
except Exception as e:
    print('l.append(7)', type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = l.insert(72 % 5, (1, 2))
    print('l.insert(72 % 5, (1, 2))', repr(r))
except Exception as e:
    print('l.insert(72 % 5, (1, 2))', type(e).__name__, e)
try:
    r = d.update({(1, 2): 81})
    print('d.update({(1, 2): 81})', repr(r))
except Exception as e:
    print('d.update({(1, 2): 81})', type(e).__name__, e)
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    r = l.remove(True)
    print('l.remove(True)', repr(r))
except Exception as e:
    print('l.remove(True)', type(e).__name__, e)
d[True] = 76; print('set', 'True')
try:
    r = s.add(7)
    print('s.add(7)', repr(r))
except Exception as e:
    print('s.add(7)', type(e).__name__, e)
try:
    r = d.clear()
    print('d.clear()', repr(r))
except Exception as e:
    print('d.clear()', type(e).__name__, e)
try:
    r = d.clear()
    print('d.clear()', repr(r))
except Exception as e:
    print('d.clear()', type(e).__name__, e)
try:
    r = d.pop(2)
    print('d.pop(2)', repr(r))
except Exception as e:
    print('d.pop(2)', type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = l.append('c')
    print("l.append('c')", repr(r))
except Exception as e:
    print("l.append('c')", type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = s.discard(0)
    print('s.discard(0)', repr(r))
except Exception as e:
    print('s.discard(0)', type(e).__name__, e)
try:
    r = l.remove(2**70)
    print('l.remove(2**70)', repr(r))
except Exception as e:
    print('l.remove(2**70)', type(e).__name__, e)
try:
    r = d.get(-1)
    print('d.get(-1)', repr(r))
except Exception as e:
    print('d.get(-1)', type(e).__name__, e)
try:
    r = l.append(0)
    print('l.append(0)', repr(r))
except Exception as e:
    print('l.append(0)', type(e).__name__, e)
try:
    r = s.discard(-1)
    print('s.discard(-1)', repr(r))
except Exception as e:
    print('s.discard(-1)', type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
show(1149)
try:
    del d['b']; print('del', "'b'")
except KeyError as e:
    print('del KeyError', e)
try:
    r = False in d
    print('False in d', repr(r))
except Exception as e:
    print('False in d', type(e).__name__, e)
try:
    r = l.append(12)
    print('l.append(12)', repr(r))
except Exception as e:
    print('l.append(12)', type(e).__name__, e)
try:
    r = s.add(3.0)
    print('s.add(3.0)', repr(r))
except Exception as e:
    print('s.add(3.0)', type(e).__name__, e)
try:
    r = l.append(0)
    print('l.append(0)', repr(r))
except Exception as e:
    print('l.append(0)', type(e).__name__, e)
try:
    r = l.append(2**70)
    print('l.append(2**70)', repr(r))
except Exception as e:
    print('l.append(2**70)', type(e).__name__, e)
try:
    r = d.update({2**70: 71})
    print('d.update({2**70: 71})', repr(r))
except Exception as e:
    print('d.update({2**70: 71})', type(e).__name__, e)
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
try:
    r = s.add(3.0)
    print('s.add(3.0)', repr(r))
except Exception as e:
    print('s.add(3.0)', type(e).__name__, e)
try:
    r = d.clear()
    print('d.clear()', repr(r))
except Exception as e:
    print('d.clear()', type(e).__name__, e)
try:
    r = l.remove(3.0)
    print('l.remove(3.0)', repr(r))
except Exception as e:
    print('l.remove(3.0)', type(e).__name__, e)
try:
    r = d.pop(0)
    print('d.pop(0)', repr(r))
except Exception as e:
    print('d.pop(0)', type(e).__name__, e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = l.append(True)
    print('l.append(True)', repr(r))
except Exception as e:
    print('l.append(True)', type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = s.remove(3.0)
    print('s.remove(3.0)', repr(r))
except Exception as e:
    print('s.remove(3.0)', type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = d.clear()
    print('d.clear()', repr(r))
except Exception as e:
    print('d.clear()', type(e).__name__, e)
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = l.append('c')
    print("l.append('c')", repr(r))
except Exception as e:
    print("l.append('c')", type(e).__name__, e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    r = d.setdefault(2**70, 35)
    print('d.setdefault(2**70, 35)', repr(r))
except Exception as e:
    print('d.setdefault(2**70, 35)', type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = l.insert(20 % 5, -1)
    print('l.insert(20 % 5, -1)', repr(r))
except Exception as e:
    print('l.insert(20 % 5, -1)', type(e).__name__, e)
d['a'] = 53; print('set', "'a'")
try:
    r = l.insert(1 % 5, 3.0)
    print('l.insert(1 % 5, 3.0)', repr(r))
except Exception as e:
    print('l.insert(1 % 5, 3.0)', type(e).__name__, e)
try:
    r = d.pop(3.0)
    print('d.pop(3.0)', repr(r))
except Exception as e:
    print('d.pop(3.0)', type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = s.add(1)
    print('s.add(1)', repr(r))
except Exception as e:
    print('s.add(1)', type(e).__name__, e)
try:
    r = d.get('c')
    print("d.get('c')", repr(r))
except Exception as e:
    print("d.get('c')", type(e).__name__, e)
try:
    r = l.insert(75 % 5, 'c')
    print("l.insert(75 % 5, 'c')", repr(r))
except Exception as e:
    print("l.insert(75 % 5, 'c')", type(e).__name__, e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    r = l.remove((1, 2))
    print('l.remove((1, 2))', repr(r))
except Exception as e:
    print('l.remove((1, 2))', type(e).__name__, e)
try:
    r = d.setdefault(2**70, 44)
    print('d.setdefault(2**70, 44)', repr(r))
except Exception as e:
    print('d.setdefault(2**70, 44)', type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = d.pop(False)
    print('d.pop(False)', repr(r))
except Exception as e:
    print('d.pop(False)', type(e).__name__, e)
d[-1] = 41; print('set', '-1')
try:
    r = l.remove(False)
    print('l.remove(False)', repr(r))
except Exception as e:
    print('l.remove(False)', type(e).__name__, e)
try:
    r = s.discard(-5)
    print('s.discard(-5)', repr(r))
except Exception as e:
    print('s.discard(-5)', type(e).__name__, e)
try:
    r = d.get(12)
    print('d.get(12)', repr(r))
except Exception as e:
    print('d.get(12)', type(e).__name__, e)
try:
    r = s.remove(True)
    print('s.remove(True)', repr(r))
except Exception as e:
    print('s.remove(True)', type(e).__name__, e)
try:
    r = d.pop(2)
    print('d.pop(2)', repr(r))
except Exception as e:
    print('d.pop(2)', type(e).__name__, e)
try:
    del d[True]; print('del', 'True')
except KeyError as e:
    print('del KeyError', e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
show(1199)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = d.pop('a', 'dflt')
    print("d.pop('a', 'dflt')", repr(r))
except Exception as e:
    print("d.pop('a', 'dflt')", type(e).__name__, e)
try:
    r = d.setdefault('c', 53)
    print("d.setdefault('c', 53)", repr(r))
except Exception as e:
    print("d.setdefault('c', 53)", type(e).__name__, e)
try:
    r = s.discard(-1)
    print('s.discard(-1)', repr(r))
except Exception as e:
    print('s.discard(-1)', type(e).__name__, e)
try:
    r = d.pop('c')
    print("d.pop('c')", repr(r))
except Exception as e:
    print("d.pop('c')", type(e).__name__, e)
try:
    r = True in d
    print('True in d', repr(r))
except Exception as e:
    print('True in d', type(e).__name__, e)
try:
    r = s.remove(0)
    print('s.remove(0)', repr(r))
except Exception as e:
    print('s.remove(0)', type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = d.update({(1, 2): 42})
    print('d.update({(1, 2): 42})', repr(r))
except Exception as e:
    print('d.update({(1, 2): 42})', type(e).__name__, e)
try:
    r = s.remove('b')
    print("s.remove('b')", repr(r))
except Exception as e:
    print("s.remove('b')", type(e).__name__, e)
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    del d[-5]; print('del', '-5')
except KeyError as e:
    print('del KeyError', e)
try:
    r = s.discard(7)
    print('s.discard(7)', repr(r))
except Exception as e:
    print('s.discard(7)', type(e).__name__, e)
try:
    r = s.discard(2**70)
    print('s.discard(2**70)', repr(r))
except Exception as e:
    print('s.discard(2**70)', type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = s.add(2**70)
    print('s.add(2**70)', repr(r))
except Exception as e:
    print('s.add(2**70)', type(e).__name__, e)
try:
    r = l.insert(81 % 5, 7)
    print('l.insert(81 % 5, 7)', repr(r))
except Exception as e:
    print('l.insert(81 % 5, 7)', type(e).__name__, e)
try:
    r = s.remove(12)
    print('s.remove(12)', repr(r))
except Exception as e:
    print('s.remove(12)', type(e).__name__, e)
try:
    r = s.remove(7)
    print('s.remove(7)', repr(r))
except Exception as e:
    print('s.remove(7)', type(e).__name__, e)
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
try:
    r = d.get(0)
    print('d.get(0)', repr(r))
except Exception as e:
    print('d.get(0)', type(e).__name__, e)
try:
    r = s.discard(12)
    print('s.discard(12)', repr(r))
except Exception as e:
    print('s.discard(12)', type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = s.add(False)
    print('s.add(False)', repr(r))
except Exception as e:
    print('s.add(False)', type(e).__name__, e)
try:
    del d[1]; print('del', '1')
except KeyError as e:
    print('del KeyError', e)
try:
    r = 'b' in d
    print("'b' in d", repr(r))
except Exception as e:
    print("'b' in d", type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = l.remove(False)
    print('l.remove(False)', repr(r))
except Exception as e:
    print('l.remove(False)', type(e).__name__, e)
try:
    r = d.clear()
    print('d.clear()', repr(r))
except Exception as e:
    print('d.clear()', type(e).__name__, e)
try:
    r = s.add(3.0)
    print('s.add(3.0)', repr(r))
except Exception as e:
    print('s.add(3.0)', type(e).__name__, e)
try:
    r = l.append(3.0)
    print('l.append(3.0)', repr(r))
except Exception as e:
    print('l.append(3.0)', type(e).__name__, e)
try:
    r = s.discard(7)
    print('s.discard(7)', repr(r))
except Exception as e:
    print('s.discard(7)', type(e).__name__, e)
d['b'] = 32; print('set', "'b'")
try:
    r = s.add(2)
    print('s.add(2)', repr(r))
except Exception as e:
    print('s.add(2)', type(e).__name__, e)
try:
    r = d.setdefault(-1, 12)
    print('d.setdefault(-1, 12)', repr(r))
except Exception as e:
    print('d.setdefault(-1, 12)', type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
d['c'] = 32; print('set', "'c'")
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = l.insert(90 % 5, -5)
    print('l.insert(90 % 5, -5)', repr(r))
except Exception as e:
    print('l.insert(90 % 5, -5)', type(e).__name__, e)
try:
    r = l.remove(-5)
    print('l.remove(-5)', repr(r))
except Exception as e:
    print('l.remove(-5)', type(e).__name__, e)
d[2] = 36; print('set', '2')
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
try:
    r = d.update({-5: 13})
    print('d.update({-5: 13})', repr(r))
except Exception as e:
    print('d.update({-5: 13})', type(e).__name__, e)
try:
    del d[1]; print('del', '1')
except KeyError as e:
    print('del KeyError', e)
try:
    r = True in d
    print('True in d', repr(r))
except Exception as e:
    print('True in d', type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = l.insert(19 % 5, 1)
    print('l.insert(19 % 5, 1)', repr(r))
except Exception as e:
    print('l.insert(19 % 5, 1)', type(e).__name__, e)
show(1249)
try:
    r = d.setdefault('b', 74)
    print("d.setdefault('b', 74)", repr(r))
except Exception as e:
    print("d.setdefault('b', 74)", type(e).__name__, e)
try:
    r = l.remove('c')
    print("l.remove('c')", repr(r))
except Exception as e:
    print("l.remove('c')", type(e).__name__, e)
try:
    r = 1 in d
    print('1 in d', repr(r))
except Exception as e:
    print('1 in d', type(e).__name__, e)
try:
    r = d.pop(1, 'dflt')
    print("d.pop(1, 'dflt')", repr(r))
except Exception as e:
    print("d.pop(1, 'dflt')", type(e).__name__, e)
try:
    r = d.setdefault(0, 10)
    print('d.setdefault(0, 10)', repr(r))
except Exception as e:
    print('d.setdefault(0, 10)', type(e).__name__, e)
try:
    r = d.pop(2)
    print('d.pop(2)', repr(r))
except Exception as e:
    print('d.pop(2)', type(e).__name__, e)
try:
    r = d.pop(1)
    print('d.pop(1)', repr(r))
except Exception as e:
    print('d.pop(1)', type(e).__name__, e)
try:
    r = d.pop(False)
    print('d.pop(False)', repr(r))
except Exception as e:
    print('d.pop(False)', type(e).__name__, e)
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
try:
    r = d.get(7)
    print('d.get(7)', repr(r))
except Exception as e:
    print('d.get(7)', type(e).__name__, e)
try:
    r = d.setdefault(-1, 82)
    print('d.setdefault(-1, 82)', repr(r))
except Exception as e:
    print('d.setdefault(-1, 82)', type(e).__name__, e)
try:
    r = l.append(7)
    print('l.append(7)', repr(r))
except Exception as e:
    print('l.append(7)', type(e).__name__, e)
try:
    r = d.pop(3.0)
    print('d.pop(3.0)', repr(r))
except Exception as e:
    print('d.pop(3.0)', type(e).__name__, e)
try:
    r = l.remove(2)
    print('l.remove(2)', repr(r))
except Exception as e:
    print('l.remove(2)', type(e).__name__, e)
try:
    r = s.remove('b')
    print("s.remove('b')", repr(r))
except Exception as e:
    print("s.remove('b')", type(e).__name__, e)
try:
    del d['b']; print('del', "'b'")
except KeyError as e:
    print('del KeyError', e)
try:
    del d['c']; print('del', "'c'")
except KeyError as e:
    print('del KeyError', e)
try:
    r = s.discard(-5)
    print('s.discard(-5)', repr(r))
except Exception as e:
    print('s.discard(-5)', type(e).__name__, e)
try:
    r = l.insert(57 % 5, 'c')
    print("l.insert(57 % 5, 'c')", repr(r))
except Exception as e:
    print("l.insert(57 % 5, 'c')", type(e).__name__, e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    r = d.update({0: 43})
    print('d.update({0: 43})', repr(r))
except Exception as e:
    print('d.update({0: 43})', type(e).__name__, e)
try:
    r = s.add(-5)
    print('s.add(-5)', repr(r))
except Exception as e:
    print('s.add(-5)', type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = d.setdefault(3.0, 19)
    print('d.setdefault(3.0, 19)', repr(r))
except Exception as e:
    print('d.setdefault(3.0, 19)', type(e).__name__, e)
try:
    r = d.update({2: 75})
    print('d.update({2: 75})', repr(r))
except Exception as e:
    print('d.update({2: 75})', type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    r = d.setdefault((1, 2), 28)
    print('d.setdefault((1, 2), 28)', repr(r))
except Exception as e:
    print('d.setdefault((1, 2), 28)', type(e).__name__, e)
try:
    r = d.update({'b': 99})
    print("d.update({'b': 99})", repr(r))
except Exception as e:
    print("d.update({'b': 99})", type(e).__name__, e)
try:
    r = d.get('a')
    print("d.get('a')", repr(r))
except Exception as e:
    print("d.get('a')", type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = l.remove(2**70)
    print('l.remove(2**70)', repr(r))
except Exception as e:
    print('l.remove(2**70)', type(e).__name__, e)
try:
    r = d.setdefault(0, 40)
    print('d.setdefault(0, 40)', repr(r))
except Exception as e:
    print('d.setdefault(0, 40)', type(e).__name__, e)
try:
    r = d.clear()
    print('d.clear()', repr(r))
except Exception as e:
    print('d.clear()', type(e).__name__, e)
try:
    r = d.clear()
    print('d.clear()', repr(r))
except Exception as e:
    print('d.clear()', type(e).__name__, e)
try:
    r = l.insert(48 % 5, 'a')
    print("l.insert(48 % 5, 'a')", repr(r))
except Exception as e:
    print("l.insert(48 % 5, 'a')", type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = s.discard(False)
    print('s.discard(False)', repr(r))
except Exception as e:
    print('s.discard(False)', type(e).__name__, e)
try:
    r = l.insert(26 % 5, -1)
    print('l.insert(26 % 5, -1)', repr(r))
except Exception as e:
    print('l.insert(26 % 5, -1)', type(e).__name__, e)
try:
    del d[False]; print('del', 'False')
except KeyError as e:
    print('del KeyError', e)
try:
    r = s.discard(-5)
    print('s.discard(-5)', repr(r))
except Exception as e:
    print('s.discard(-5)', type(e).__name__, e)
try:
    r = s.add(1)
    print('s.add(1)', repr(r))
except Exception as e:
    print('s.add(1)', type(e).__name__, e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    r = s.remove(-1)
    print('s.remove(-1)', repr(r))
except Exception as e:
    print('s.remove(-1)', type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    r = l.remove((1, 2))
    print('l.remove((1, 2))', repr(r))
except Exception as e:
    print('l.remove((1, 2))', type(e).__name__, e)
try:
    r = l.insert(62 % 5, -5)
    print('l.insert(62 % 5, -5)', repr(r))
except Exception as e:
    print('l.insert(62 % 5, -5)', type(e).__name__, e)
try:
    r = s.discard('a')
    print("s.discard('a')", repr(r))
except Exception as e:
    print("s.discard('a')", type(e).__name__, e)
try:
    r = d.get('c')
    print("d.get('c')", repr(r))
except Exception as e:
    print("d.get('c')", type(e).__name__, e)
try:
    r = d.get(12)
    print('d.get(12)', repr(r))
except Exception as e:
    print('d.get(12)', type(e).__name__, e)
show(1299)
try:
    r = d.pop(3.0, 'dflt')
    print("d.pop(3.0, 'dflt')", repr(r))
except Exception as e:
    print("d.pop(3.0, 'dflt')", type(e).__name__, e)
try:
    r = d.pop(1, 'dflt')
    print("d.pop(1, 'dflt')", repr(r))
except Exception as e:
    print("d.pop(1, 'dflt')", type(e).__name__, e)
try:
    r = s.remove(3.0)
    print('s.remove(3.0)', repr(r))
except Exception as e:
    print('s.remove(3.0)', type(e).__name__, e)
try:
    r = l.append(7)
    print('l.append(7)', repr(r))
except Exception as e:
    print('l.append(7)', type(e).__name__, e)
try:
    r = d.setdefault(0, 53)
    print('d.setdefault(0, 53)', repr(r))
except Exception as e:
    print('d.setdefault(0, 53)', type(e).__name__, e)
try:
    r = 2**70 in d
    print('2**70 in d', repr(r))
except Exception as e:
    print('2**70 in d', type(e).__name__, e)
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
try:
    r = s.add(7)
    print('s.add(7)', repr(r))
except Exception as e:
    print('s.add(7)', type(e).__name__, e)
try:
    r = 2**70 in d
    print('2**70 in d', repr(r))
except Exception as e:
    print('2**70 in d', type(e).__name__, e)
try:
    r = l.append(3.0)
    print('l.append(3.0)', repr(r))
except Exception as e:
    print('l.append(3.0)', type(e).__name__, e)
try:
    r = s.add(-5)
    print('s.add(-5)', repr(r))
except Exception as e:
    print('s.add(-5)', type(e).__name__, e)
try:
    r = d.pop(1)
    print('d.pop(1)', repr(r))
except Exception as e:
    print('d.pop(1)', type(e).__name__, e)
try:
    r = d.update({12: 67})
    print('d.update({12: 67})', repr(r))
except Exception as e:
    print('d.update({12: 67})', type(e).__name__, e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    r = d.get('a')
    print("d.get('a')", repr(r))
except Exception as e:
    print("d.get('a')", type(e).__name__, e)
try:
    r = d.pop(12)
    print('d.pop(12)', repr(r))
except Exception as e:
    print('d.pop(12)', type(e).__name__, e)
try:
    r = d.pop(2)
    print('d.pop(2)', repr(r))
except Exception as e:
    print('d.pop(2)', type(e).__name__, e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    r = l.insert(68 % 5, True)
    print('l.insert(68 % 5, True)', repr(r))
except Exception as e:
    print('l.insert(68 % 5, True)', type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    r = s.discard((1, 2))
    print('s.discard((1, 2))', repr(r))
except Exception as e:
    print('s.discard((1, 2))', type(e).__name__, e)
try:
    r = s.add('a')
    print("s.add('a')", repr(r))
except Exception as e:
    print("s.add('a')", type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    r = s.add(2)
    print('s.add(2)', repr(r))
except Exception as e:
    print('s.add(2)', type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = l.remove(1)
    print('l.remove(1)', repr(r))
except Exception as e:
    print('l.remove(1)', type(e).__name__, e)
try:
    r = l.remove((1, 2))
    print('l.remove((1, 2))', repr(r))
except Exception as e:
    print('l.remove((1, 2))', type(e).__name__, e)
try:
    r = d.get(False)
    print('d.get(False)', repr(r))
except Exception as e:
    print('d.get(False)', type(e).__name__, e)
try:
    r = d.setdefault('a', 23)
    print("d.setdefault('a', 23)", repr(r))
except Exception as e:
    print("d.setdefault('a', 23)", type(e).__name__, e)
try:
    r = d.pop('a', 'dflt')
    print("d.pop('a', 'dflt')", repr(r))
except Exception as e:
    print("d.pop('a', 'dflt')", type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
try:
    r = l.insert(3 % 5, 12)
    print('l.insert(3 % 5, 12)', repr(r))
except Exception as e:
    print('l.insert(3 % 5, 12)', type(e).__name__, e)
try:
    r = l.remove(-5)
    print('l.remove(-5)', repr(r))
except Exception as e:
    print('l.remove(-5)', type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = s.add('c')
    print("s.add('c')", repr(r))
except Exception as e:
    print("s.add('c')", type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    del d[False]; print('del', 'False')
except KeyError as e:
    print('del KeyError', e)
try:
    r = s.remove(1)
    print('s.remove(1)', repr(r))
except Exception as e:
    print('s.remove(1)', type(e).__name__, e)
try:
    r = d.pop(0)
    print('d.pop(0)', repr(r))
except Exception as e:
    print('d.pop(0)', type(e).__name__, e)
try:
    del d[0]; print('del', '0')
except KeyError as e:
    print('del KeyError', e)
try:
    r = 3.0 in d
    print('3.0 in d', repr(r))
except Exception as e:
    print('3.0 in d', type(e).__name__, e)
try:
    r = s.add(1)
    print('s.add(1)', repr(r))
except Exception as e:
    print('s.add(1)', type(e).__name__, e)
try:
    r = s.remove(2)
    print('s.remove(2)', repr(r))
except Exception as e:
    print('s.remove(2)', type(e).__name__, e)
try:
    r = d.get('b')
    print("d.get('b')", repr(r))
except Exception as e:
    print("d.get('b')", type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = l.insert(42 % 5, 12)
    print('l.insert(42 % 5, 12)', repr(r))
except Exception as e:
    print('l.insert(42 % 5, 12)', type(e).__name__, e)
try:
    del d[-1]; print('del', '-1')
except KeyError as e:
    print('del KeyError', e)
d['c'] = 54; print('set', "'c'")
try:
    r = d.update({7: 79})
    print('d.update({7: 79})', repr(r))
except Exception as e:
    print('d.update({7: 79})', type(e).__name__, e)
show(1349)
try:
    r = l.remove(-5)
    print('l.remove(-5)', repr(r))
except Exception as e:
    print('l.remove(-5)', type(e).__name__, e)
try:
    r = False in d
    print('False in d', repr(r))
except Exception as e:
    print('False in d', type(e).__name__, e)
try:
    r = s.discard(True)
    print('s.discard(True)', repr(r))
except Exception as e:
    print('s.discard(True)', type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = s.remove(True)
    print('s.remove(True)', repr(r))
except Exception as e:
    print('s.remove(True)', type(e).__name__, e)
try:
    r = d.pop(2, 'dflt')
    print("d.pop(2, 'dflt')", repr(r))
except Exception as e:
    print("d.pop(2, 'dflt')", type(e).__name__, e)
try:
    del d[1]; print('del', '1')
except KeyError as e:
    print('del KeyError', e)
try:
    r = s.add('b')
    print("s.add('b')", repr(r))
except Exception as e:
    print("s.add('b')", type(e).__name__, e)
try:
    r = s.discard('b')
    print("s.discard('b')", repr(r))
except Exception as e:
    print("s.discard('b')", type(e).__name__, e)
try:
    r = d.clear()
    print('d.clear()', repr(r))
except Exception as e:
    print('d.clear()', type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = d.pop(-1, 'dflt')
    print("d.pop(-1, 'dflt')", repr(r))
except Exception as e:
    print("d.pop(-1, 'dflt')", type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = l.remove(True)
    print('l.remove(True)', repr(r))
except Exception as e:
    print('l.remove(True)', type(e).__name__, e)
d[-1] = 80; print('set', '-1')
try:
    r = l.remove(0)
    print('l.remove(0)', repr(r))
except Exception as e:
    print('l.remove(0)', type(e).__name__, e)
try:
    r = l.append(1)
    print('l.append(1)', repr(r))
except Exception as e:
    print('l.append(1)', type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    del d[(1, 2)]; print('del', '(1, 2)')
except KeyError as e:
    print('del KeyError', e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = l.insert(46 % 5, False)
    print('l.insert(46 % 5, False)', repr(r))
except Exception as e:
    print('l.insert(46 % 5, False)', type(e).__name__, e)
try:
    r = l.insert(2 % 5, 12)
    print('l.insert(2 % 5, 12)', repr(r))
except Exception as e:
    print('l.insert(2 % 5, 12)', type(e).__name__, e)
try:
    r = s.add(False)
    print('s.add(False)', repr(r))
except Exception as e:
    print('s.add(False)', type(e).__name__, e)
try:
    r = d.setdefault(1, 55)
    print('d.setdefault(1, 55)', repr(r))
except Exception as e:
    print('d.setdefault(1, 55)', type(e).__name__, e)
try:
    r = d.setdefault(1, 8)
    print('d.setdefault(1, 8)', repr(r))
except Exception as e:
    print('d.setdefault(1, 8)', type(e).__name__, e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    r = d.pop(2**70)
    print('d.pop(2**70)', repr(r))
except Exception as e:
    print('d.pop(2**70)', type(e).__name__, e)
try:
    r = False in d
    print('False in d', repr(r))
except Exception as e:
    print('False in d', type(e).__name__, e)
try:
    r = l.append(True)
    print('l.append(True)', repr(r))
except Exception as e:
    print('l.append(True)', type(e).__name__, e)
try:
    r = s.remove(-1)
    print('s.remove(-1)', repr(r))
except Exception as e:
    print('s.remove(-1)', type(e).__name__, e)
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
try:
    r = 'a' in d
    print("'a' in d", repr(r))
except Exception as e:
    print("'a' in d", type(e).__name__, e)
try:
    r = s.discard(True)
    print('s.discard(True)', repr(r))
except Exception as e:
    print('s.discard(True)', type(e).__name__, e)
try:
    r = d.clear()
    print('d.clear()', repr(r))
except Exception as e:
    print('d.clear()', type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = d.pop('b', 'dflt')
    print("d.pop('b', 'dflt')", repr(r))
except Exception as e:
    print("d.pop('b', 'dflt')", type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = s.discard('a')
    print("s.discard('a')", repr(r))
except Exception as e:
    print("s.discard('a')", type(e).__name__, e)
try:
    r = d.get(-5)
    print('d.get(-5)', repr(r))
except Exception as e:
    print('d.get(-5)', type(e).__name__, e)
try:
    r = d.pop(12, 'dflt')
    print("d.pop(12, 'dflt')", repr(r))
except Exception as e:
    print("d.pop(12, 'dflt')", type(e).__name__, e)
try:
    r = l.insert(89 % 5, (1, 2))
    print('l.insert(89 % 5, (1, 2))', repr(r))
except Exception as e:
    print('l.insert(89 % 5, (1, 2))', type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = d.pop(7, 'dflt')
    print("d.pop(7, 'dflt')", repr(r))
except Exception as e:
    print("d.pop(7, 'dflt')", type(e).__name__, e)
try:
    r = d.pop(-5)
    print('d.pop(-5)', repr(r))
except Exception as e:
    print('d.pop(-5)', type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = d.setdefault(True, 98)
    print('d.setdefault(True, 98)', repr(r))
except Exception as e:
    print('d.setdefault(True, 98)', type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = d.clear()
    print('d.clear()', repr(r))
except Exception as e:
    print('d.clear()', type(e).__name__, e)
show(1399)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = d.update({-1: 8})
    print('d.update({-1: 8})', repr(r))
except Exception as e:
    print('d.update({-1: 8})', type(e).__name__, e)
d[12] = 12; print('set', '12')
try:
    r = 2**70 in d
    print('2**70 in d', repr(r))
except Exception as e:
    print('2**70 in d', type(e).__name__, e)
try:
    r = d.get((1, 2))
    print('d.get((1, 2))', repr(r))
except Exception as e:
    print('d.get((1, 2))', type(e).__name__, e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    r = s.add('c')
    print("s.add('c')", repr(r))
except Exception as e:
    print("s.add('c')", type(e).__name__, e)
try:
    r = d.setdefault('c', 86)
    print("d.setdefault('c', 86)", repr(r))
except Exception as e:
    print("d.setdefault('c', 86)", type(e).__name__, e)
try:
    r = d.pop(-5, 'dflt')
    print("d.pop(-5, 'dflt')", repr(r))
except Exception as e:
    print("d.pop(-5, 'dflt')", type(e).__name__, e)
try:
    r = d.pop(1, 'dflt')
    print("d.pop(1, 'dflt')", repr(r))
except Exception as e:
    print("d.pop(1, 'dflt')", type(e).__name__, e)
try:
    r = s.remove(-5)
    print('s.remove(-5)', repr(r))
except Exception as e:
    print('s.remove(-5)', type(e).__name__, e)
try:
    r = d.clear()
    print('d.clear()', repr(r))
except Exception as e:
    print('d.clear()', type(e).__name__, e)
try:
    del d[1]; print('del', '1')
except KeyError as e:
    print('del KeyError', e)
try:
    r = l.append((1, 2))
    print('l.append((1, 2))', repr(r))
except Exception as e:
    print('l.append((1, 2))', type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = d.pop(-1)
    print('d.pop(-1)', repr(r))
except Exception as e:
    print('d.pop(-1)', type(e).__name__, e)
try:
    del d[-1]; print('del', '-1')
except KeyError as e:
    print('del KeyError', e)
try:
    r = d.clear()
    print('d.clear()', repr(r))
except Exception as e:
    print('d.clear()', type(e).__name__, e)
try:
    r = d.pop(-5)
    print('d.pop(-5)', repr(r))
except Exception as e:
    print('d.pop(-5)', type(e).__name__, e)
try:
    r = l.remove(3.0)
    print('l.remove(3.0)', repr(r))
except Exception as e:
    print('l.remove(3.0)', type(e).__name__, e)
try:
    r = s.remove(-5)
    print('s.remove(-5)', repr(r))
except Exception as e:
    print('s.remove(-5)', type(e).__name__, e)
d[-1] = 39; print('set', '-1')
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    r = s.remove(2**70)
    print('s.remove(2**70)', repr(r))
except Exception as e:
    print('s.remove(2**70)', type(e).__name__, e)
try:
    r = d.update({2: 80})
    print('d.update({2: 80})', repr(r))
except Exception as e:
    print('d.update({2: 80})', type(e).__name__, e)
try:
    r = l.remove(12)
    print('l.remove(12)', repr(r))
except Exception as e:
    print('l.remove(12)', type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = d.pop(12, 'dflt')
    print("d.pop(12, 'dflt')", repr(r))
except Exception as e:
    print("d.pop(12, 'dflt')", type(e).__name__, e)
try:
    del d[True]; print('del', 'True')
except KeyError as e:
    print('del KeyError', e)
try:
    r = d.pop(7)
    print('d.pop(7)', repr(r))
except Exception as e:
    print('d.pop(7)', type(e).__name__, e)
try:
    r = d.get('a')
    print("d.get('a')", repr(r))
except Exception as e:
    print("d.get('a')", type(e).__name__, e)
try:
    del d[12]; print('del', '12')
except KeyError as e:
    print('del KeyError', e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    r = s.remove(1)
    print('s.remove(1)', repr(r))
except Exception as e:
    print('s.remove(1)', type(e).__name__, e)
try:
    r = l.append(12)
    print('l.append(12)', repr(r))
except Exception as e:
    print('l.append(12)', type(e).__name__, e)
try:
    r = d.pop(3.0)
    print('d.pop(3.0)', repr(r))
except Exception as e:
    print('d.pop(3.0)', type(e).__name__, e)
try:
    r = d.pop('b', 'dflt')
    print("d.pop('b', 'dflt')", repr(r))
except Exception as e:
    print("d.pop('b', 'dflt')", type(e).__name__, e)
d[-1] = 87; print('set', '-1')
try:
    r = s.remove('b')
    print("s.remove('b')", repr(r))
except Exception as e:
    print("s.remove('b')", type(e).__name__, e)
try:
    r = d.update({7: 32})
    print('d.update({7: 32})', repr(r))
except Exception as e:
    print('d.update({7: 32})', type(e).__name__, e)
try:
    r = l.append(-5)
    print('l.append(-5)', repr(r))
except Exception as e:
    print('l.append(-5)', type(e).__name__, e)
try:
    r = d.get(2)
    print('d.get(2)', repr(r))
except Exception as e:
    print('d.get(2)', type(e).__name__, e)
try:
    r = l.remove(2**70)
    print('l.remove(2**70)', repr(r))
except Exception as e:
    print('l.remove(2**70)', type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
d[12] = 10; print('set', '12')
try:
    r = s.remove(False)
    print('s.remove(False)', repr(r))
except Exception as e:
    print('s.remove(False)', type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = s.remove(1)
    print('s.remove(1)', repr(r))
except Exception as e:
    print('s.remove(1)', type(e).__name__, e)
try:
    r = s.discard(-5)
    print('s.discard(-5)', repr(r))
except Exception as e:
    print('s.discard(-5)', type(e).__name__, e)
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
show(1449)
try:
    r = d.update({True: 92})
    print('d.update({True: 92})', repr(r))
except Exception as e:
    print('d.update({True: 92})', type(e).__name__, e)
try:
    del d[-1]; print('del', '-1')
except KeyError as e:
    print('del KeyError', e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    r = l.pop(0)
    print('l.pop(0)', repr(r))
except Exception as e:
    print('l.pop(0)', type(e).__name__, e)
try:
    r = l.append(1)
    print('l.append(1)', repr(r))
except Exception as e:
    print('l.append(1)', type(e).__name__, e)
d[2**70] = 39; print('set', '2**70')
try:
    r = s.remove('c')
    print("s.remove('c')", repr(r))
except Exception as e:
    print("s.remove('c')", type(e).__name__, e)
try:
    r = 'c' in d
    print("'c' in d", repr(r))
except Exception as e:
    print("'c' in d", type(e).__name__, e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    r = s.add(False)
    print('s.add(False)', repr(r))
except Exception as e:
    print('s.add(False)', type(e).__name__, e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    r = d.setdefault('c', 20)
    print("d.setdefault('c', 20)", repr(r))
except Exception as e:
    print("d.setdefault('c', 20)", type(e).__name__, e)
try:
    r = d.get('a')
    print("d.get('a')", repr(r))
except Exception as e:
    print("d.get('a')", type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = d.popitem()
    print('d.popitem()', repr(r))
except Exception as e:
    print('d.popitem()', type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = l.append(-1)
    print('l.append(-1)', repr(r))
except Exception as e:
    print('l.append(-1)', type(e).__name__, e)
try:
    r = 3.0 in d
    print('3.0 in d', repr(r))
except Exception as e:
    print('3.0 in d', type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
d[False] = 5; print('set', 'False')
try:
    r = d.pop(0)
    print('d.pop(0)', repr(r))
except Exception as e:
    print('d.pop(0)', type(e).__name__, e)
try:
    r = d.pop('c', 'dflt')
    print("d.pop('c', 'dflt')", repr(r))
except Exception as e:
    print("d.pop('c', 'dflt')", type(e).__name__, e)
d['c'] = 71; print('set', "'c'")
try:
    r = s.remove('c')
    print("s.remove('c')", repr(r))
except Exception as e:
    print("s.remove('c')", type(e).__name__, e)
try:
    r = l.pop()
    print('l.pop()', repr(r))
except Exception as e:
    print('l.pop()', type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = d.update({'b': 42})
    print("d.update({'b': 42})", repr(r))
except Exception as e:
    print("d.update({'b': 42})", type(e).__name__, e)
try:
    r = 'c' in d
    print("'c' in d", repr(r))
except Exception as e:
    print("'c' in d", type(e).__name__, e)
d[-1] = 27; print('set', '-1')
try:
    r = l.insert(64 % 5, True)
    print('l.insert(64 % 5, True)', repr(r))
except Exception as e:
    print('l.insert(64 % 5, True)', type(e).__name__, e)
try:
    r = d.pop('a')
    print("d.pop('a')", repr(r))
except Exception as e:
    print("d.pop('a')", type(e).__name__, e)
try:
    r = d.pop(3.0)
    print('d.pop(3.0)', repr(r))
except Exception as e:
    print('d.pop(3.0)', type(e).__name__, e)
try:
    r = l.append(-5)
    print('l.append(-5)', repr(r))
except Exception as e:
    print('l.append(-5)', type(e).__name__, e)
try:
    r = s.add(2**70)
    print('s.add(2**70)', repr(r))
except Exception as e:
    print('s.add(2**70)', type(e).__name__, e)
try:
    r = l.remove(0)
    print('l.remove(0)', repr(r))
except Exception as e:
    print('l.remove(0)', type(e).__name__, e)
try:
    r = l.append('b')
    print("l.append('b')", repr(r))
except Exception as e:
    print("l.append('b')", type(e).__name__, e)
try:
    r = d.pop(3.0)
    print('d.pop(3.0)', repr(r))
except Exception as e:
    print('d.pop(3.0)', type(e).__name__, e)
d[0] = 29; print('set', '0')
try:
    r = s.discard(min(s, key=repr)) if s else None
    print('s.pop()', repr(r))
except Exception as e:
    print('s.pop()', type(e).__name__, e)
try:
    r = s.remove(12)
    print('s.remove(12)', repr(r))
except Exception as e:
    print('s.remove(12)', type(e).__name__, e)
try:
    r = l.remove(12)
    print('l.remove(12)', repr(r))
except Exception as e:
    print('l.remove(12)', type(e).__name__, e)
try:
    r = d.pop(-1)
    print('d.pop(-1)', repr(r))
except Exception as e:
    print('d.pop(-1)', type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = s.discard(-5)
    print('s.discard(-5)', repr(r))
except Exception as e:
    print('s.discard(-5)', type(e).__name__, e)
d[1] = 36; print('set', '1')
try:
    r = d.get(1)
    print('d.get(1)', repr(r))
except Exception as e:
    print('d.get(1)', type(e).__name__, e)
try:
    r = len(d)
    print('len(d)', repr(r))
except Exception as e:
    print('len(d)', type(e).__name__, e)
try:
    r = list(d.items())[:3]
    print('list(d.items())[:3]', repr(r))
except Exception as e:
    print('list(d.items())[:3]', type(e).__name__, e)
try:
    r = d.get(0)
    print('d.get(0)', repr(r))
except Exception as e:
    print('d.get(0)', type(e).__name__, e)
show(1499)
show('end')
