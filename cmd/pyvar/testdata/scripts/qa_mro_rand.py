def case0():
    ns = {}
    try:
        class C0(object):
            pass
        ns['C0'] = C0
    except TypeError as e:
        print('C0', 'TypeError', e)
        return
    try:
        class C1(C0):
            def who(self): return ['C1'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C1'
        ns['C1'] = C1
    except TypeError as e:
        print('C1', 'TypeError', e)
        return
    try:
        class C2(C0):
            pass
        ns['C2'] = C2
    except TypeError as e:
        print('C2', 'TypeError', e)
        return
    try:
        class C3(C2, C0, C1):
            pass
        ns['C3'] = C3
    except TypeError as e:
        print('C3', 'TypeError', e)
        return
    try:
        class C4(object):
            def who(self): return ['C4'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C4'
        ns['C4'] = C4
    except TypeError as e:
        print('C4', 'TypeError', e)
        return
    try:
        class C5(C0):
            def who(self): return ['C5'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C5'
        ns['C5'] = C5
    except TypeError as e:
        print('C5', 'TypeError', e)
        return
    try:
        class C6(C1, C3):
            def who(self): return ['C6'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C6'
        ns['C6'] = C6
    except TypeError as e:
        print('C6', 'TypeError', e)
        return
    for k, c in ns.items():
        print(k, [b.__name__ for b in c.__mro__], c.x if hasattr(c, 'x') else '-', c().who() if hasattr(c, 'who') else '-')
print('--- case 0')
case0()
def case1():
    ns = {}
    try:
        class C0(object):
            def who(self): return ['C0'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C0'
        ns['C0'] = C0
    except TypeError as e:
        print('C0', 'TypeError', e)
        return
    try:
        class C1(C0):
            def who(self): return ['C1'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C1'
        ns['C1'] = C1
    except TypeError as e:
        print('C1', 'TypeError', e)
        return
    try:
        class C2(C1, C0):
            def who(self): return ['C2'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C2'
        ns['C2'] = C2
    except TypeError as e:
        print('C2', 'TypeError', e)
        return
    try:
        class C3(C2, C1):
            def who(self): return ['C3'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C3'
        ns['C3'] = C3
    except TypeError as e:
        print('C3', 'TypeError', e)
        return
    for k, c in ns.items():
        print(k, [b.__name__ for b in c.__mro__], c.x if hasattr(c, 'x') else '-', c().who() if hasattr(c, 'who') else '-')
print('--- case 1')
case1()
def case2():
    ns = {}
    try:
        class C0(object):
            def who(self): return ['C0'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C0'
        ns['C0'] = C0
    except TypeError as e:
        print('C0', 'TypeError', e)
        return
    try:
        class C1(object):
            def who(self): return ['C1'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C1'
        ns['C1'] = C1
    except TypeError as e:
        print('C1', 'TypeError', e)
        return
    try:
        class C2(C0, C1):
            def who(self): return ['C2'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C2'
        ns['C2'] = C2
    except TypeError as e:
        print('C2', 'TypeError', e)
        return
    try:
        class C3(object):
            def who(self): return ['C3'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C3'
        ns['C3'] = C3
    except TypeError as e:
        print('C3', 'TypeError', e)
        return
    try:
        class C4(object):
            def who(self): return ['C4'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C4'
        ns['C4'] = C4
    except TypeError as e:
        print('C4', 'TypeError', e)
        return
    try:
        class C5(C0, C2):
            def who(self): return ['C5'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C5'
        ns['C5'] = C5
    except TypeError as e:
        print('C5', 'TypeError', e)
        return
    for k, c in ns.items():
        print(k, [b.__name__ for b in c.__mro__], c.x if hasattr(c, 'x') else '-', c().who() if hasattr(c, 'who') else '-')
print('--- case 2')
case2()
def case3():
    ns = {}
    try:
        class C0(object):
            pass
        ns['C0'] = C0
    except TypeError as e:
        print('C0', 'TypeError', e)
        return
    try:
        class C1(C0):
            def who(self): return ['C1'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C1'
        ns['C1'] = C1
    except TypeError as e:
        print('C1', 'TypeError', e)
        return
    try:
        class C2(C1):
            def who(self): return ['C2'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C2'
        ns['C2'] = C2
    except TypeError as e:
        print('C2', 'TypeError', e)
        return
    try:
        class C3(C2, C1):
            def who(self): return ['C3'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C3'
        ns['C3'] = C3
    except TypeError as e:
        print('C3', 'TypeError', e)
        return
    for k, c in ns.items():
        print(k, [b.__name__ for b in c.__mro__], c.x if hasattr(c, 'x') else '-', c().who() if hasattr(c, 'who') else '-')
print('--- case 3')
case3()
def case4():
    ns = {}
    try:
        class C0(object):
            def who(self): return ['C0'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C0'
        ns['C0'] = C0
    except TypeError as e:
        print('C0', 'TypeError', e)
        return
    try:
        class C1(C0):
            pass
        ns['C1'] = C1
    except TypeError as e:
        print('C1', 'TypeError', e)
        return
    try:
        class C2(object):
            def who(self): return ['C2'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C2'
        ns['C2'] = C2
    except TypeError as e:
        print('C2', 'TypeError', e)
        return
    try:
        class C3(C2, C1):
            pass
        ns['C3'] = C3
    except TypeError as e:
        print('C3', 'TypeError', e)
        return
    try:
        class C4(object):
            def who(self): return ['C4'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C4'
        ns['C4'] = C4
    except TypeError as e:
        print('C4', 'TypeError', e)
        return
    try:
        class C5(C1, C4, C0):
            def who(self): return ['C5'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C5'
        ns['C5'] = C5
    except TypeError as e:
        print('C5', 'TypeError', e)
        return
    try:
        class C6(C1, C0, C5):
            pass
        ns['C6'] = C6
    except TypeError as e:
        print('C6', 'TypeError', e)
        return
    for k, c in ns.items():
        print(k, [b.__name__ for b in c.__mro__], c.x if hasattr(c, 'x') else '-', c().who() if hasattr(c, 'who') else '-')
print('--- case 4')
case4()
def case5():
    ns = {}
    try:
        class C0(object):
            def who(self): return ['C0'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C0'
        ns['C0'] = C0
    except TypeError as e:
        print('C0', 'TypeError', e)
        return
    try:
        class C1(object):
            def who(self): return ['C1'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C1'
        ns['C1'] = C1
    except TypeError as e:
        print('C1', 'TypeError', e)
        return
    try:
        class C2(C1, C0):
            def who(self): return ['C2'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C2'
        ns['C2'] = C2
    except TypeError as e:
        print('C2', 'TypeError', e)
        return
    try:
        class C3(C0, C1):
            pass
        ns['C3'] = C3
    except TypeError as e:
        print('C3', 'TypeError', e)
        return
    try:
        class C4(C3, C0):
            def who(self): return ['C4'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C4'
        ns['C4'] = C4
    except TypeError as e:
        print('C4', 'TypeError', e)
        return
    for k, c in ns.items():
        print(k, [b.__name__ for b in c.__mro__], c.x if hasattr(c, 'x') else '-', c().who() if hasattr(c, 'who') else '-')
print('--- case 5')
case5()
def case6():
    ns = {}
    try:
        class C0(object):
            pass
        ns['C0'] = C0
    except TypeError as e:
        print('C0', 'TypeError', e)
        return
    try:
        class C1(C0):
            def who(self): return ['C1'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C1'
        ns['C1'] = C1
    except TypeError as e:
        print('C1', 'TypeError', e)
        return
    try:
        class C2(C0):
            def who(self): return ['C2'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C2'
        ns['C2'] = C2
    except TypeError as e:
        print('C2', 'TypeError', e)
        return
    try:
        class C3(C2, C1, C0):
            pass
        ns['C3'] = C3
    except TypeError as e:
        print('C3', 'TypeError', e)
        return
    try:
        class C4(C2):
            def who(self): return ['C4'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C4'
        ns['C4'] = C4
    except TypeError as e:
        print('C4', 'TypeError', e)
        return
    try:
        class C5(C4):
            def who(self): return ['C5'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C5'
        ns['C5'] = C5
    except TypeError as e:
        print('C5', 'TypeError', e)
        return
    try:
        class C6(C2, C0):
            pass
        ns['C6'] = C6
    except TypeError as e:
        print('C6', 'TypeError', e)
        return
    for k, c in ns.items():
        print(k, [b.__name__ for b in c.__mro__], c.x if hasattr(c, 'x') else '-', c().who() if hasattr(c, 'who') else '-')
print('--- case 6')
case6()
def case7():
    ns = {}
    try:
        class C0(object):
            def who(self): return ['C0'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C0'
        ns['C0'] = C0
    except TypeError as e:
        print('C0', 'TypeError', e)
        return
    try:
        class C1(C0):
            def who(self): return ['C1'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C1'
        ns['C1'] = C1
    except TypeError as e:
        print('C1', 'TypeError', e)
        return
    try:
        class C2(object):
            def who(self): return ['C2'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C2'
        ns['C2'] = C2
    except TypeError as e:
        print('C2', 'TypeError', e)
        return
    try:
        class C3(object):
            def who(self): return ['C3'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C3'
        ns['C3'] = C3
    except TypeError as e:
        print('C3', 'TypeError', e)
        return
    try:
        class C4(object):
            def who(self): return ['C4'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C4'
        ns['C4'] = C4
    except TypeError as e:
        print('C4', 'TypeError', e)
        return
    for k, c in ns.items():
        print(k, [b.__name__ for b in c.__mro__], c.x if hasattr(c, 'x') else '-', c().who() if hasattr(c, 'who') else '-')
print('--- case 7')
case7()
def case8():
    ns = {}
    try:
        class C0(object):
            def who(self): return ['C0'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C0'
        ns['C0'] = C0
    except TypeError as e:
        print('C0', 'TypeError', e)
        return
    try:
        class C1(C0):
            def who(self): return ['C1'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C1'
        ns['C1'] = C1
    except TypeError as e:
        print('C1', 'TypeError', e)
        return
    try:
        class C2(C0, C1):
            def who(self): return ['C2'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C2'
        ns['C2'] = C2
    except TypeError as e:
        print('C2', 'TypeError', e)
        return
    for k, c in ns.items():
        print(k, [b.__name__ for b in c.__mro__], c.x if hasattr(c, 'x') else '-', c().who() if hasattr(c, 'who') else '-')
print('--- case 8')
case8()
def case9():
    ns = {}
    try:
        class C0(object):
            def who(self): return ['C0'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C0'
        ns['C0'] = C0
    except TypeError as e:
        print('C0', 'TypeError', e)
        return
    try:
        class C1(C0):
            def who(self): return ['C1'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C1'
        ns['C1'] = C1
    except TypeError as e:
        print('C1', 'TypeError', e)
        return
    try:
        class C2(C0, C1):
            pass
        ns['C2'] = C2
    except TypeError as e:
        print('C2', 'TypeError', e)
        return
    try:
        class C3(object):
            def who(self): return ['C3'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C3'
        ns['C3'] = C3
    except TypeError as e:
        print('C3', 'TypeError', e)
        return
    try:
        class C4(C3, C1):
            def who(self): return ['C4'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C4'
        ns['C4'] = C4
    except TypeError as e:
        print('C4', 'TypeError', e)
        return
    try:
        class C5(C4, C1):
            pass
        ns['C5'] = C5
    except TypeError as e:
        print('C5', 'TypeError', e)
        return
    try:
        class C6(C4, C0, C5):
            def who(self): return ['C6'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C6'
        ns['C6'] = C6
    except TypeError as e:
        print('C6', 'TypeError', e)
        return
    for k, c in ns.items():
        print(k, [b.__name__ for b in c.__mro__], c.x if hasattr(c, 'x') else '-', c().who() if hasattr(c, 'who') else '-')
print('--- case 9')
case9()
def case10():
    ns = {}
    try:
        class C0(object):
            def who(self): return ['C0'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C0'
        ns['C0'] = C0
    except TypeError as e:
        print('C0', 'TypeError', e)
        return
    try:
        class C1(C0):
            def who(self): return ['C1'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C1'
        ns['C1'] = C1
    except TypeError as e:
        print('C1', 'TypeError', e)
        return
    try:
        class C2(object):
            def who(self): return ['C2'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C2'
        ns['C2'] = C2
    except TypeError as e:
        print('C2', 'TypeError', e)
        return
    try:
        class C3(C2, C0):
            def who(self): return ['C3'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C3'
        ns['C3'] = C3
    except TypeError as e:
        print('C3', 'TypeError', e)
        return
    try:
        class C4(C2, C3, C0):
            def who(self): return ['C4'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C4'
        ns['C4'] = C4
    except TypeError as e:
        print('C4', 'TypeError', e)
        return
    try:
        class C5(C0, C2, C4):
            def who(self): return ['C5'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C5'
        ns['C5'] = C5
    except TypeError as e:
        print('C5', 'TypeError', e)
        return
    for k, c in ns.items():
        print(k, [b.__name__ for b in c.__mro__], c.x if hasattr(c, 'x') else '-', c().who() if hasattr(c, 'who') else '-')
print('--- case 10')
case10()
def case11():
    ns = {}
    try:
        class C0(object):
            def who(self): return ['C0'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C0'
        ns['C0'] = C0
    except TypeError as e:
        print('C0', 'TypeError', e)
        return
    try:
        class C1(object):
            pass
        ns['C1'] = C1
    except TypeError as e:
        print('C1', 'TypeError', e)
        return
    try:
        class C2(C0):
            def who(self): return ['C2'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C2'
        ns['C2'] = C2
    except TypeError as e:
        print('C2', 'TypeError', e)
        return
    try:
        class C3(C1):
            def who(self): return ['C3'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C3'
        ns['C3'] = C3
    except TypeError as e:
        print('C3', 'TypeError', e)
        return
    for k, c in ns.items():
        print(k, [b.__name__ for b in c.__mro__], c.x if hasattr(c, 'x') else '-', c().who() if hasattr(c, 'who') else '-')
print('--- case 11')
case11()
def case12():
    ns = {}
    try:
        class C0(object):
            pass
        ns['C0'] = C0
    except TypeError as e:
        print('C0', 'TypeError', e)
        return
    try:
        class C1(C0):
            def who(self): return ['C1'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C1'
        ns['C1'] = C1
    except TypeError as e:
        print('C1', 'TypeError', e)
        return
    try:
        class C2(object):
            def who(self): return ['C2'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C2'
        ns['C2'] = C2
    except TypeError as e:
        print('C2', 'TypeError', e)
        return
    try:
        class C3(C2):
            def who(self): return ['C3'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C3'
        ns['C3'] = C3
    except TypeError as e:
        print('C3', 'TypeError', e)
        return
    for k, c in ns.items():
        print(k, [b.__name__ for b in c.__mro__], c.x if hasattr(c, 'x') else '-', c().who() if hasattr(c, 'who') else '-')
print('--- case 12')
case12()
def case13():
    ns = {}
    try:
        class C0(object):
            def who(self): return ['C0'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C0'
        ns['C0'] = C0
    except TypeError as e:
        print('C0', 'TypeError', e)
        return
    try:
        class C1(object):
            def who(self): return ['C1'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C1'
        ns['C1'] = C1
    except TypeError as e:
        print('C1', 'TypeError', e)
        return
    try:
        class C2(object):
            pass
        ns['C2'] = C2
    except TypeError as e:
        print('C2', 'TypeError', e)
        return
    try:
        class C3(C0, C2, C1):
            def who(self): return ['C3'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C3'
        ns['C3'] = C3
    except TypeError as e:
        print('C3', 'TypeError', e)
        return
    for k, c in ns.items():
        print(k, [b.__name__ for b in c.__mro__], c.x if hasattr(c, 'x') else '-', c().who() if hasattr(c, 'who') else '-')
print('--- case 13')
case13()
def case14():
    ns = {}
    try:
        class C0(object):
            def who(self): return ['C0'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C0'
        ns['C0'] = C0
    except TypeError as e:
        print('C0', 'TypeError', e)
        return
    try:
        class C1(object):
            def who(self): return ['C1'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C1'
        ns['C1'] = C1
    except TypeError as e:
        print('C1', 'TypeError', e)
        return
    try:
        class C2(C0):
            def who(self): return ['C2'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C2'
        ns['C2'] = C2
    except TypeError as e:
        print('C2', 'TypeError', e)
        return
    try:
        class C3(C2, C1, C0):
            def who(self): return ['C3'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C3'
        ns['C3'] = C3
    except TypeError as e:
        print('C3', 'TypeError', e)
        return
    try:
        class C4(C0, C3):
            def who(self): return ['C4'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C4'
        ns['C4'] = C4
    except TypeError as e:
        print('C4', 'TypeError', e)
        return
    try:
        class C5(C3):
            def who(self): return ['C5'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C5'
        ns['C5'] = C5
    except TypeError as e:
        print('C5', 'TypeError', e)
        return
    try:
        class C6(C1, C4, C5):
            def who(self): return ['C6'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C6'
        ns['C6'] = C6
    except TypeError as e:
        print('C6', 'TypeError', e)
        return
    for k, c in ns.items():
        print(k, [b.__name__ for b in c.__mro__], c.x if hasattr(c, 'x') else '-', c().who() if hasattr(c, 'who') else '-')
print('--- case 14')
case14()
def case15():
    ns = {}
    try:
        class C0(object):
            pass
        ns['C0'] = C0
    except TypeError as e:
        print('C0', 'TypeError', e)
        return
    try:
        class C1(C0):
            def who(self): return ['C1'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C1'
        ns['C1'] = C1
    except TypeError as e:
        print('C1', 'TypeError', e)
        return
    try:
        class C2(C1):
            def who(self): return ['C2'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C2'
        ns['C2'] = C2
    except TypeError as e:
        print('C2', 'TypeError', e)
        return
    try:
        class C3(C1):
            def who(self): return ['C3'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C3'
        ns['C3'] = C3
    except TypeError as e:
        print('C3', 'TypeError', e)
        return
    try:
        class C4(object):
            def who(self): return ['C4'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C4'
        ns['C4'] = C4
    except TypeError as e:
        print('C4', 'TypeError', e)
        return
    try:
        class C5(C1, C2, C3):
            pass
        ns['C5'] = C5
    except TypeError as e:
        print('C5', 'TypeError', e)
        return
    for k, c in ns.items():
        print(k, [b.__name__ for b in c.__mro__], c.x if hasattr(c, 'x') else '-', c().who() if hasattr(c, 'who') else '-')
print('--- case 15')
case15()
def case16():
    ns = {}
    try:
        class C0(object):
            def who(self): return ['C0'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C0'
        ns['C0'] = C0
    except TypeError as e:
        print('C0', 'TypeError', e)
        return
    try:
        class C1(C0):
            pass
        ns['C1'] = C1
    except TypeError as e:
        print('C1', 'TypeError', e)
        return
    try:
        class C2(object):
            def who(self): return ['C2'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C2'
        ns['C2'] = C2
    except TypeError as e:
        print('C2', 'TypeError', e)
        return
    try:
        class C3(C0, C2):
            def who(self): return ['C3'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C3'
        ns['C3'] = C3
    except TypeError as e:
        print('C3', 'TypeError', e)
        return
    try:
        class C4(C3, C0):
            pass
        ns['C4'] = C4
    except TypeError as e:
        print('C4', 'TypeError', e)
        return
    try:
        class C5(C0, C2, C4):
            def who(self): return ['C5'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C5'
        ns['C5'] = C5
    except TypeError as e:
        print('C5', 'TypeError', e)
        return
    try:
        class C6(C1, C3, C4):
            pass
        ns['C6'] = C6
    except TypeError as e:
        print('C6', 'TypeError', e)
        return
    for k, c in ns.items():
        print(k, [b.__name__ for b in c.__mro__], c.x if hasattr(c, 'x') else '-', c().who() if hasattr(c, 'who') else '-')
print('--- case 16')
case16()
def case17():
    ns = {}
    try:
        class C0(object):
            def who(self): return ['C0'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C0'
        ns['C0'] = C0
    except TypeError as e:
        print('C0', 'TypeError', e)
        return
    try:
        class C1(C0):
            def who(self): return ['C1'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C1'
        ns['C1'] = C1
    except TypeError as e:
        print('C1', 'TypeError', e)
        return
    try:
        class C2(C1):
            pass
        ns['C2'] = C2
    except TypeError as e:
        print('C2', 'TypeError', e)
        return
    try:
        class C3(C0):
            def who(self): return ['C3'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C3'
        ns['C3'] = C3
    except TypeError as e:
        print('C3', 'TypeError', e)
        return
    for k, c in ns.items():
        print(k, [b.__name__ for b in c.__mro__], c.x if hasattr(c, 'x') else '-', c().who() if hasattr(c, 'who') else '-')
print('--- case 17')
case17()
def case18():
    ns = {}
    try:
        class C0(object):
            def who(self): return ['C0'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C0'
        ns['C0'] = C0
    except TypeError as e:
        print('C0', 'TypeError', e)
        return
    try:
        class C1(C0):
            pass
        ns['C1'] = C1
    except TypeError as e:
        print('C1', 'TypeError', e)
        return
    try:
        class C2(object):
            def who(self): return ['C2'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C2'
        ns['C2'] = C2
    except TypeError as e:
        print('C2', 'TypeError', e)
        return
    try:
        class C3(object):
            def who(self): return ['C3'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C3'
        ns['C3'] = C3
    except TypeError as e:
        print('C3', 'TypeError', e)
        return
    try:
        class C4(object):
            def who(self): return ['C4'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C4'
        ns['C4'] = C4
    except TypeError as e:
        print('C4', 'TypeError', e)
        return
    try:
        class C5(C2, C3, C4):
            def who(self): return ['C5'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C5'
        ns['C5'] = C5
    except TypeError as e:
        print('C5', 'TypeError', e)
        return
    for k, c in ns.items():
        print(k, [b.__name__ for b in c.__mro__], c.x if hasattr(c, 'x') else '-', c().who() if hasattr(c, 'who') else '-')
print('--- case 18')
case18()
def case19():
    ns = {}
    try:
        class C0(object):
            def who(self): return ['C0'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C0'
        ns['C0'] = C0
    except TypeError as e:
        print('C0', 'TypeError', e)
        return
    try:
        class C1(C0):
            def who(self): return ['C1'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C1'
        ns['C1'] = C1
    except TypeError as e:
        print('C1', 'TypeError', e)
        return
    try:
        class C2(C0, C1):
            def who(self): return ['C2'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C2'
        ns['C2'] = C2
    except TypeError as e:
        print('C2', 'TypeError', e)
        return
    try:
        class C3(C0, C2, C1):
            def who(self): return ['C3'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C3'
        ns['C3'] = C3
    except TypeError as e:
        print('C3', 'TypeError', e)
        return
    try:
        class C4(C3, C0):
            def who(self): return ['C4'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C4'
        ns['C4'] = C4
    except TypeError as e:
        print('C4', 'TypeError', e)
        return
    for k, c in ns.items():
        print(k, [b.__name__ for b in c.__mro__], c.x if hasattr(c, 'x') else '-', c().who() if hasattr(c, 'who') else '-')
print('--- case 19')
case19()
def case20():
    ns = {}
    try:
        class C0(object):
            def who(self): return ['C0'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C0'
        ns['C0'] = C0
    except TypeError as e:
        print('C0', 'TypeError', e)
        return
    try:
        class C1(C0):
            def who(self): return ['C1'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C1'
        ns['C1'] = C1
    except TypeError as e:
        print('C1', 'TypeError', e)
        return
    try:
        class C2(object):
            def who(self): return ['C2'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C2'
        ns['C2'] = C2
    except TypeError as e:
        print('C2', 'TypeError', e)
        return
    try:
        class C3(object):
            def who(self): return ['C3'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C3'
        ns['C3'] = C3
    except TypeError as e:
        print('C3', 'TypeError', e)
        return
    try:
        class C4(C1, C2):
            def who(self): return ['C4'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C4'
        ns['C4'] = C4
    except TypeError as e:
        print('C4', 'TypeError', e)
        return
    try:
        class C5(C4, C1):
            def who(self): return ['C5'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C5'
        ns['C5'] = C5
    except TypeError as e:
        print('C5', 'TypeError', e)
        return
    try:
        class C6(object):
            def who(self): return ['C6'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C6'
        ns['C6'] = C6
    except TypeError as e:
        print('C6', 'TypeError', e)
        return
    for k, c in ns.items():
        print(k, [b.__name__ for b in c.__mro__], c.x if hasattr(c, 'x') else '-', c().who() if hasattr(c, 'who') else '-')
print('--- case 20')
case20()
def case21():
    ns = {}
    try:
        class C0(object):
            def who(self): return ['C0'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C0'
        ns['C0'] = C0
    except TypeError as e:
        print('C0', 'TypeError', e)
        return
    try:
        class C1(C0):
            def who(self): return ['C1'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C1'
        ns['C1'] = C1
    except TypeError as e:
        print('C1', 'TypeError', e)
        return
    try:
        class C2(C1, C0):
            def who(self): return ['C2'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C2'
        ns['C2'] = C2
    except TypeError as e:
        print('C2', 'TypeError', e)
        return
    for k, c in ns.items():
        print(k, [b.__name__ for b in c.__mro__], c.x if hasattr(c, 'x') else '-', c().who() if hasattr(c, 'who') else '-')
print('--- case 21')
case21()
def case22():
    ns = {}
    try:
        class C0(object):
            def who(self): return ['C0'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C0'
        ns['C0'] = C0
    except TypeError as e:
        print('C0', 'TypeError', e)
        return
    try:
        class C1(C0):
            def who(self): return ['C1'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C1'
        ns['C1'] = C1
    except TypeError as e:
        print('C1', 'TypeError', e)
        return
    try:
        class C2(C1):
            pass
        ns['C2'] = C2
    except TypeError as e:
        print('C2', 'TypeError', e)
        return
    try:
        class C3(object):
            def who(self): return ['C3'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C3'
        ns['C3'] = C3
    except TypeError as e:
        print('C3', 'TypeError', e)
        return
    for k, c in ns.items():
        print(k, [b.__name__ for b in c.__mro__], c.x if hasattr(c, 'x') else '-', c().who() if hasattr(c, 'who') else '-')
print('--- case 22')
case22()
def case23():
    ns = {}
    try:
        class C0(object):
            def who(self): return ['C0'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C0'
        ns['C0'] = C0
    except TypeError as e:
        print('C0', 'TypeError', e)
        return
    try:
        class C1(object):
            pass
        ns['C1'] = C1
    except TypeError as e:
        print('C1', 'TypeError', e)
        return
    try:
        class C2(object):
            def who(self): return ['C2'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C2'
        ns['C2'] = C2
    except TypeError as e:
        print('C2', 'TypeError', e)
        return
    try:
        class C3(C2):
            def who(self): return ['C3'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C3'
        ns['C3'] = C3
    except TypeError as e:
        print('C3', 'TypeError', e)
        return
    for k, c in ns.items():
        print(k, [b.__name__ for b in c.__mro__], c.x if hasattr(c, 'x') else '-', c().who() if hasattr(c, 'who') else '-')
print('--- case 23')
case23()
def case24():
    ns = {}
    try:
        class C0(object):
            def who(self): return ['C0'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C0'
        ns['C0'] = C0
    except TypeError as e:
        print('C0', 'TypeError', e)
        return
    try:
        class C1(C0):
            def who(self): return ['C1'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C1'
        ns['C1'] = C1
    except TypeError as e:
        print('C1', 'TypeError', e)
        return
    try:
        class C2(C1, C0):
            def who(self): return ['C2'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C2'
        ns['C2'] = C2
    except TypeError as e:
        print('C2', 'TypeError', e)
        return
    try:
        class C3(C1, C2):
            def who(self): return ['C3'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C3'
        ns['C3'] = C3
    except TypeError as e:
        print('C3', 'TypeError', e)
        return
    try:
        class C4(C1, C2, C0):
            def who(self): return ['C4'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C4'
        ns['C4'] = C4
    except TypeError as e:
        print('C4', 'TypeError', e)
        return
    try:
        class C5(object):
            def who(self): return ['C5'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C5'
        ns['C5'] = C5
    except TypeError as e:
        print('C5', 'TypeError', e)
        return
    for k, c in ns.items():
        print(k, [b.__name__ for b in c.__mro__], c.x if hasattr(c, 'x') else '-', c().who() if hasattr(c, 'who') else '-')
print('--- case 24')
case24()
def case25():
    ns = {}
    try:
        class C0(object):
            def who(self): return ['C0'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C0'
        ns['C0'] = C0
    except TypeError as e:
        print('C0', 'TypeError', e)
        return
    try:
        class C1(C0):
            def who(self): return ['C1'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C1'
        ns['C1'] = C1
    except TypeError as e:
        print('C1', 'TypeError', e)
        return
    try:
        class C2(C0, C1):
            def who(self): return ['C2'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C2'
        ns['C2'] = C2
    except TypeError as e:
        print('C2', 'TypeError', e)
        return
    try:
        class C3(C2, C1, C0):
            def who(self): return ['C3'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C3'
        ns['C3'] = C3
    except TypeError as e:
        print('C3', 'TypeError', e)
        return
    try:
        class C4(C3):
            def who(self): return ['C4'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C4'
        ns['C4'] = C4
    except TypeError as e:
        print('C4', 'TypeError', e)
        return
    try:
        class C5(C4, C0):
            def who(self): return ['C5'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C5'
        ns['C5'] = C5
    except TypeError as e:
        print('C5', 'TypeError', e)
        return
    try:
        class C6(C4):
            pass
        ns['C6'] = C6
    except TypeError as e:
        print('C6', 'TypeError', e)
        return
    for k, c in ns.items():
        print(k, [b.__name__ for b in c.__mro__], c.x if hasattr(c, 'x') else '-', c().who() if hasattr(c, 'who') else '-')
print('--- case 25')
case25()
def case26():
    ns = {}
    try:
        class C0(object):
            def who(self): return ['C0'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C0'
        ns['C0'] = C0
    except TypeError as e:
        print('C0', 'TypeError', e)
        return
    try:
        class C1(C0):
            def who(self): return ['C1'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C1'
        ns['C1'] = C1
    except TypeError as e:
        print('C1', 'TypeError', e)
        return
    try:
        class C2(C1):
            def who(self): return ['C2'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C2'
        ns['C2'] = C2
    except TypeError as e:
        print('C2', 'TypeError', e)
        return
    try:
        class C3(C1):
            def who(self): return ['C3'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C3'
        ns['C3'] = C3
    except TypeError as e:
        print('C3', 'TypeError', e)
        return
    try:
        class C4(C3, C2, C0):
            def who(self): return ['C4'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C4'
        ns['C4'] = C4
    except TypeError as e:
        print('C4', 'TypeError', e)
        return
    for k, c in ns.items():
        print(k, [b.__name__ for b in c.__mro__], c.x if hasattr(c, 'x') else '-', c().who() if hasattr(c, 'who') else '-')
print('--- case 26')
case26()
def case27():
    ns = {}
    try:
        class C0(object):
            def who(self): return ['C0'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C0'
        ns['C0'] = C0
    except TypeError as e:
        print('C0', 'TypeError', e)
        return
    try:
        class C1(C0):
            def who(self): return ['C1'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C1'
        ns['C1'] = C1
    except TypeError as e:
        print('C1', 'TypeError', e)
        return
    try:
        class C2(object):
            def who(self): return ['C2'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C2'
        ns['C2'] = C2
    except TypeError as e:
        print('C2', 'TypeError', e)
        return
    try:
        class C3(C1, C0):
            pass
        ns['C3'] = C3
    except TypeError as e:
        print('C3', 'TypeError', e)
        return
    try:
        class C4(C2, C3):
            def who(self): return ['C4'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C4'
        ns['C4'] = C4
    except TypeError as e:
        print('C4', 'TypeError', e)
        return
    try:
        class C5(object):
            def who(self): return ['C5'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C5'
        ns['C5'] = C5
    except TypeError as e:
        print('C5', 'TypeError', e)
        return
    for k, c in ns.items():
        print(k, [b.__name__ for b in c.__mro__], c.x if hasattr(c, 'x') else '-', c().who() if hasattr(c, 'who') else '-')
print('--- case 27')
case27()
def case28():
    ns = {}
    try:
        class C0(object):
            def who(self): return ['C0'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C0'
        ns['C0'] = C0
    except TypeError as e:
        print('C0', 'TypeError', e)
        return
    try:
        class C1(C0):
            def who(self): return ['C1'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C1'
        ns['C1'] = C1
    except TypeError as e:
        print('C1', 'TypeError', e)
        return
    try:
        class C2(C0):
            pass
        ns['C2'] = C2
    except TypeError as e:
        print('C2', 'TypeError', e)
        return
    try:
        class C3(C2):
            def who(self): return ['C3'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C3'
        ns['C3'] = C3
    except TypeError as e:
        print('C3', 'TypeError', e)
        return
    try:
        class C4(C0, C2):
            def who(self): return ['C4'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C4'
        ns['C4'] = C4
    except TypeError as e:
        print('C4', 'TypeError', e)
        return
    try:
        class C5(object):
            pass
        ns['C5'] = C5
    except TypeError as e:
        print('C5', 'TypeError', e)
        return
    for k, c in ns.items():
        print(k, [b.__name__ for b in c.__mro__], c.x if hasattr(c, 'x') else '-', c().who() if hasattr(c, 'who') else '-')
print('--- case 28')
case28()
def case29():
    ns = {}
    try:
        class C0(object):
            def who(self): return ['C0'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C0'
        ns['C0'] = C0
    except TypeError as e:
        print('C0', 'TypeError', e)
        return
    try:
        class C1(C0):
            def who(self): return ['C1'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C1'
        ns['C1'] = C1
    except TypeError as e:
        print('C1', 'TypeError', e)
        return
    try:
        class C2(C0, C1):
            def who(self): return ['C2'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C2'
        ns['C2'] = C2
    except TypeError as e:
        print('C2', 'TypeError', e)
        return
    try:
        class C3(C1):
            pass
        ns['C3'] = C3
    except TypeError as e:
        print('C3', 'TypeError', e)
        return
    try:
        class C4(object):
            def who(self): return ['C4'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C4'
        ns['C4'] = C4
    except TypeError as e:
        print('C4', 'TypeError', e)
        return
    try:
        class C5(C1):
            def who(self): return ['C5'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C5'
        ns['C5'] = C5
    except TypeError as e:
        print('C5', 'TypeError', e)
        return
    try:
        class C6(C0):
            pass
        ns['C6'] = C6
    except TypeError as e:
        print('C6', 'TypeError', e)
        return
    for k, c in ns.items():
        print(k, [b.__name__ for b in c.__mro__], c.x if hasattr(c, 'x') else '-', c().who() if hasattr(c, 'who') else '-')
print('--- case 29')
case29()
def case30():
    ns = {}
    try:
        class C0(object):
            def who(self): return ['C0'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C0'
        ns['C0'] = C0
    except TypeError as e:
        print('C0', 'TypeError', e)
        return
    try:
        class C1(C0):
            def who(self): return ['C1'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C1'
        ns['C1'] = C1
    except TypeError as e:
        print('C1', 'TypeError', e)
        return
    try:
        class C2(C0):
            def who(self): return ['C2'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C2'
        ns['C2'] = C2
    except TypeError as e:
        print('C2', 'TypeError', e)
        return
    try:
        class C3(object):
            def who(self): return ['C3'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C3'
        ns['C3'] = C3
    except TypeError as e:
        print('C3', 'TypeError', e)
        return
    try:
        class C4(C0, C1, C2):
            def who(self): return ['C4'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C4'
        ns['C4'] = C4
    except TypeError as e:
        print('C4', 'TypeError', e)
        return
    for k, c in ns.items():
        print(k, [b.__name__ for b in c.__mro__], c.x if hasattr(c, 'x') else '-', c().who() if hasattr(c, 'who') else '-')
print('--- case 30')
case30()
def case31():
    ns = {}
    try:
        class C0(object):
            pass
        ns['C0'] = C0
    except TypeError as e:
        print('C0', 'TypeError', e)
        return
    try:
        class C1(C0):
            def who(self): return ['C1'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C1'
        ns['C1'] = C1
    except TypeError as e:
        print('C1', 'TypeError', e)
        return
    try:
        class C2(C1, C0):
            def who(self): return ['C2'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C2'
        ns['C2'] = C2
    except TypeError as e:
        print('C2', 'TypeError', e)
        return
    try:
        class C3(C1, C2):
            def who(self): return ['C3'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C3'
        ns['C3'] = C3
    except TypeError as e:
        print('C3', 'TypeError', e)
        return
    try:
        class C4(object):
            def who(self): return ['C4'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C4'
        ns['C4'] = C4
    except TypeError as e:
        print('C4', 'TypeError', e)
        return
    try:
        class C5(C0):
            def who(self): return ['C5'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C5'
        ns['C5'] = C5
    except TypeError as e:
        print('C5', 'TypeError', e)
        return
    for k, c in ns.items():
        print(k, [b.__name__ for b in c.__mro__], c.x if hasattr(c, 'x') else '-', c().who() if hasattr(c, 'who') else '-')
print('--- case 31')
case31()
def case32():
    ns = {}
    try:
        class C0(object):
            def who(self): return ['C0'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C0'
        ns['C0'] = C0
    except TypeError as e:
        print('C0', 'TypeError', e)
        return
    try:
        class C1(C0):
            def who(self): return ['C1'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C1'
        ns['C1'] = C1
    except TypeError as e:
        print('C1', 'TypeError', e)
        return
    try:
        class C2(C1, C0):
            pass
        ns['C2'] = C2
    except TypeError as e:
        print('C2', 'TypeError', e)
        return
    try:
        class C3(C1, C0):
            def who(self): return ['C3'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C3'
        ns['C3'] = C3
    except TypeError as e:
        print('C3', 'TypeError', e)
        return
    for k, c in ns.items():
        print(k, [b.__name__ for b in c.__mro__], c.x if hasattr(c, 'x') else '-', c().who() if hasattr(c, 'who') else '-')
print('--- case 32')
case32()
def case33():
    ns = {}
    try:
        class C0(object):
            def who(self): return ['C0'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C0'
        ns['C0'] = C0
    except TypeError as e:
        print('C0', 'TypeError', e)
        return
    try:
        class C1(C0):
            pass
        ns['C1'] = C1
    except TypeError as e:
        print('C1', 'TypeError', e)
        return
    try:
        class C2(C1):
            pass
        ns['C2'] = C2
    except TypeError as e:
        print('C2', 'TypeError', e)
        return
    try:
        class C3(object):
            def who(self): return ['C3'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C3'
        ns['C3'] = C3
    except TypeError as e:
        print('C3', 'TypeError', e)
        return
    for k, c in ns.items():
        print(k, [b.__name__ for b in c.__mro__], c.x if hasattr(c, 'x') else '-', c().who() if hasattr(c, 'who') else '-')
print('--- case 33')
case33()
def case34():
    ns = {}
    try:
        class C0(object):
            def who(self): return ['C0'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C0'
        ns['C0'] = C0
    except TypeError as e:
        print('C0', 'TypeError', e)
        return
    try:
        class C1(object):
            pass
        ns['C1'] = C1
    except TypeError as e:
        print('C1', 'TypeError', e)
        return
    try:
        class C2(C0):
            def who(self): return ['C2'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C2'
        ns['C2'] = C2
    except TypeError as e:
        print('C2', 'TypeError', e)
        return
    try:
        class C3(object):
            def who(self): return ['C3'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C3'
        ns['C3'] = C3
    except TypeError as e:
        print('C3', 'TypeError', e)
        return
    for k, c in ns.items():
        print(k, [b.__name__ for b in c.__mro__], c.x if hasattr(c, 'x') else '-', c().who() if hasattr(c, 'who') else '-')
print('--- case 34')
case34()
def case35():
    ns = {}
    try:
        class C0(object):
            def who(self): return ['C0'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C0'
        ns['C0'] = C0
    except TypeError as e:
        print('C0', 'TypeError', e)
        return
    try:
        class C1(C0):
            pass
        ns['C1'] = C1
    except TypeError as e:
        print('C1', 'TypeError', e)
        return
    try:
        class C2(object):
            def who(self): return ['C2'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C2'
        ns['C2'] = C2
    except TypeError as e:
        print('C2', 'TypeError', e)
        return
    try:
        class C3(object):
            def who(self): return ['C3'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C3'
        ns['C3'] = C3
    except TypeError as e:
        print('C3', 'TypeError', e)
        return
    for k, c in ns.items():
        print(k, [b.__name__ for b in c.__mro__], c.x if hasattr(c, 'x') else '-', c().who() if hasattr(c, 'who') else '-')
print('--- case 35')
case35()
def case36():
    ns = {}
    try:
        class C0(object):
            def who(self): return ['C0'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C0'
        ns['C0'] = C0
    except TypeError as e:
        print('C0', 'TypeError', e)
        return
    try:
        class C1(C0):
            def who(self): return ['C1'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C1'
        ns['C1'] = C1
    except TypeError as e:
        print('C1', 'TypeError', e)
        return
    try:
        class C2(C0, C1):
            def who(self): return ['C2'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C2'
        ns['C2'] = C2
    except TypeError as e:
        print('C2', 'TypeError', e)
        return
    try:
        class C3(C0, C2, C1):
            def who(self): return ['C3'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C3'
        ns['C3'] = C3
    except TypeError as e:
        print('C3', 'TypeError', e)
        return
    try:
        class C4(object):
            def who(self): return ['C4'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C4'
        ns['C4'] = C4
    except TypeError as e:
        print('C4', 'TypeError', e)
        return
    try:
        class C5(C2):
            def who(self): return ['C5'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C5'
        ns['C5'] = C5
    except TypeError as e:
        print('C5', 'TypeError', e)
        return
    try:
        class C6(object):
            def who(self): return ['C6'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C6'
        ns['C6'] = C6
    except TypeError as e:
        print('C6', 'TypeError', e)
        return
    for k, c in ns.items():
        print(k, [b.__name__ for b in c.__mro__], c.x if hasattr(c, 'x') else '-', c().who() if hasattr(c, 'who') else '-')
print('--- case 36')
case36()
def case37():
    ns = {}
    try:
        class C0(object):
            def who(self): return ['C0'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C0'
        ns['C0'] = C0
    except TypeError as e:
        print('C0', 'TypeError', e)
        return
    try:
        class C1(C0):
            pass
        ns['C1'] = C1
    except TypeError as e:
        print('C1', 'TypeError', e)
        return
    try:
        class C2(C0, C1):
            def who(self): return ['C2'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C2'
        ns['C2'] = C2
    except TypeError as e:
        print('C2', 'TypeError', e)
        return
    try:
        class C3(C1):
            def who(self): return ['C3'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C3'
        ns['C3'] = C3
    except TypeError as e:
        print('C3', 'TypeError', e)
        return
    for k, c in ns.items():
        print(k, [b.__name__ for b in c.__mro__], c.x if hasattr(c, 'x') else '-', c().who() if hasattr(c, 'who') else '-')
print('--- case 37')
case37()
def case38():
    ns = {}
    try:
        class C0(object):
            def who(self): return ['C0'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C0'
        ns['C0'] = C0
    except TypeError as e:
        print('C0', 'TypeError', e)
        return
    try:
        class C1(C0):
            pass
        ns['C1'] = C1
    except TypeError as e:
        print('C1', 'TypeError', e)
        return
    try:
        class C2(object):
            def who(self): return ['C2'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C2'
        ns['C2'] = C2
    except TypeError as e:
        print('C2', 'TypeError', e)
        return
    for k, c in ns.items():
        print(k, [b.__name__ for b in c.__mro__], c.x if hasattr(c, 'x') else '-', c().who() if hasattr(c, 'who') else '-')
print('--- case 38')
case38()
def case39():
    ns = {}
    try:
        class C0(object):
            def who(self): return ['C0'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C0'
        ns['C0'] = C0
    except TypeError as e:
        print('C0', 'TypeError', e)
        return
    try:
        class C1(object):
            def who(self): return ['C1'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C1'
        ns['C1'] = C1
    except TypeError as e:
        print('C1', 'TypeError', e)
        return
    try:
        class C2(C1):
            pass
        ns['C2'] = C2
    except TypeError as e:
        print('C2', 'TypeError', e)
        return
    for k, c in ns.items():
        print(k, [b.__name__ for b in c.__mro__], c.x if hasattr(c, 'x') else '-', c().who() if hasattr(c, 'who') else '-')
print('--- case 39')
case39()
def case40():
    ns = {}
    try:
        class C0(object):
            def who(self): return ['C0'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C0'
        ns['C0'] = C0
    except TypeError as e:
        print('C0', 'TypeError', e)
        return
    try:
        class C1(object):
            pass
        ns['C1'] = C1
    except TypeError as e:
        print('C1', 'TypeError', e)
        return
    try:
        class C2(C0):
            def who(self): return ['C2'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C2'
        ns['C2'] = C2
    except TypeError as e:
        print('C2', 'TypeError', e)
        return
    try:
        class C3(C0, C1):
            def who(self): return ['C3'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C3'
        ns['C3'] = C3
    except TypeError as e:
        print('C3', 'TypeError', e)
        return
    try:
        class C4(C2):
            pass
        ns['C4'] = C4
    except TypeError as e:
        print('C4', 'TypeError', e)
        return
    for k, c in ns.items():
        print(k, [b.__name__ for b in c.__mro__], c.x if hasattr(c, 'x') else '-', c().who() if hasattr(c, 'who') else '-')
print('--- case 40')
case40()
def case41():
    ns = {}
    try:
        class C0(object):
            def who(self): return ['C0'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C0'
        ns['C0'] = C0
    except TypeError as e:
        print('C0', 'TypeError', e)
        return
    try:
        class C1(C0):
            def who(self): return ['C1'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C1'
        ns['C1'] = C1
    except TypeError as e:
        print('C1', 'TypeError', e)
        return
    try:
        class C2(C1):
            def who(self): return ['C2'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C2'
        ns['C2'] = C2
    except TypeError as e:
        print('C2', 'TypeError', e)
        return
    try:
        class C3(C2, C0):
            def who(self): return ['C3'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C3'
        ns['C3'] = C3
    except TypeError as e:
        print('C3', 'TypeError', e)
        return
    try:
        class C4(C1):
            pass
        ns['C4'] = C4
    except TypeError as e:
        print('C4', 'TypeError', e)
        return
    try:
        class C5(object):
            def who(self): return ['C5'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C5'
        ns['C5'] = C5
    except TypeError as e:
        print('C5', 'TypeError', e)
        return
    try:
        class C6(C2, C4, C5):
            def who(self): return ['C6'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C6'
        ns['C6'] = C6
    except TypeError as e:
        print('C6', 'TypeError', e)
        return
    for k, c in ns.items():
        print(k, [b.__name__ for b in c.__mro__], c.x if hasattr(c, 'x') else '-', c().who() if hasattr(c, 'who') else '-')
print('--- case 41')
case41()
def case42():
    ns = {}
    try:
        class C0(object):
            pass
        ns['C0'] = C0
    except TypeError as e:
        print('C0', 'TypeError', e)
        return
    try:
        class C1(C0):
            def who(self): return ['C1'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C1'
        ns['C1'] = C1
    except TypeError as e:
        print('C1', 'TypeError', e)
        return
    try:
        class C2(C1):
            def who(self): return ['C2'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C2'
        ns['C2'] = C2
    except TypeError as e:
        print('C2', 'TypeError', e)
        return
    try:
        class C3(C0, C2):
            def who(self): return ['C3'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C3'
        ns['C3'] = C3
    except TypeError as e:
        print('C3', 'TypeError', e)
        return
    try:
        class C4(object):
            def who(self): return ['C4'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C4'
        ns['C4'] = C4
    except TypeError as e:
        print('C4', 'TypeError', e)
        return
    try:
        class C5(C1, C2, C4):
            def who(self): return ['C5'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C5'
        ns['C5'] = C5
    except TypeError as e:
        print('C5', 'TypeError', e)
        return
    for k, c in ns.items():
        print(k, [b.__name__ for b in c.__mro__], c.x if hasattr(c, 'x') else '-', c().who() if hasattr(c, 'who') else '-')
print('--- case 42')
case42()
def case43():
    ns = {}
    try:
        class C0(object):
            def who(self): return ['C0'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C0'
        ns['C0'] = C0
    except TypeError as e:
        print('C0', 'TypeError', e)
        return
    try:
        class C1(C0):
            def who(self): return ['C1'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C1'
        ns['C1'] = C1
    except TypeError as e:
        print('C1', 'TypeError', e)
        return
    try:
        class C2(object):
            def who(self): return ['C2'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C2'
        ns['C2'] = C2
    except TypeError as e:
        print('C2', 'TypeError', e)
        return
    try:
        class C3(C1):
            def who(self): return ['C3'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C3'
        ns['C3'] = C3
    except TypeError as e:
        print('C3', 'TypeError', e)
        return
    try:
        class C4(C1, C2):
            def who(self): return ['C4'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C4'
        ns['C4'] = C4
    except TypeError as e:
        print('C4', 'TypeError', e)
        return
    try:
        class C5(C4, C2, C3):
            def who(self): return ['C5'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C5'
        ns['C5'] = C5
    except TypeError as e:
        print('C5', 'TypeError', e)
        return
    try:
        class C6(object):
            pass
        ns['C6'] = C6
    except TypeError as e:
        print('C6', 'TypeError', e)
        return
    for k, c in ns.items():
        print(k, [b.__name__ for b in c.__mro__], c.x if hasattr(c, 'x') else '-', c().who() if hasattr(c, 'who') else '-')
print('--- case 43')
case43()
def case44():
    ns = {}
    try:
        class C0(object):
            def who(self): return ['C0'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C0'
        ns['C0'] = C0
    except TypeError as e:
        print('C0', 'TypeError', e)
        return
    try:
        class C1(object):
            def who(self): return ['C1'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C1'
        ns['C1'] = C1
    except TypeError as e:
        print('C1', 'TypeError', e)
        return
    try:
        class C2(C0, C1):
            pass
        ns['C2'] = C2
    except TypeError as e:
        print('C2', 'TypeError', e)
        return
    try:
        class C3(C1, C2):
            def who(self): return ['C3'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C3'
        ns['C3'] = C3
    except TypeError as e:
        print('C3', 'TypeError', e)
        return
    for k, c in ns.items():
        print(k, [b.__name__ for b in c.__mro__], c.x if hasattr(c, 'x') else '-', c().who() if hasattr(c, 'who') else '-')
print('--- case 44')
case44()
def case45():
    ns = {}
    try:
        class C0(object):
            def who(self): return ['C0'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C0'
        ns['C0'] = C0
    except TypeError as e:
        print('C0', 'TypeError', e)
        return
    try:
        class C1(C0):
            pass
        ns['C1'] = C1
    except TypeError as e:
        print('C1', 'TypeError', e)
        return
    try:
        class C2(C0, C1):
            pass
        ns['C2'] = C2
    except TypeError as e:
        print('C2', 'TypeError', e)
        return
    try:
        class C3(C2, C1):
            def who(self): return ['C3'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C3'
        ns['C3'] = C3
    except TypeError as e:
        print('C3', 'TypeError', e)
        return
    try:
        class C4(C1, C3):
            pass
        ns['C4'] = C4
    except TypeError as e:
        print('C4', 'TypeError', e)
        return
    try:
        class C5(object):
            def who(self): return ['C5'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C5'
        ns['C5'] = C5
    except TypeError as e:
        print('C5', 'TypeError', e)
        return
    for k, c in ns.items():
        print(k, [b.__name__ for b in c.__mro__], c.x if hasattr(c, 'x') else '-', c().who() if hasattr(c, 'who') else '-')
print('--- case 45')
case45()
def case46():
    ns = {}
    try:
        class C0(object):
            pass
        ns['C0'] = C0
    except TypeError as e:
        print('C0', 'TypeError', e)
        return
    try:
        class C1(C0):
            def who(self): return ['C1'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C1'
        ns['C1'] = C1
    except TypeError as e:
        print('C1', 'TypeError', e)
        return
    try:
        class C2(C1, C0):
            pass
        ns['C2'] = C2
    except TypeError as e:
        print('C2', 'TypeError', e)
        return
    try:
        class C3(C2, C1):
            def who(self): return ['C3'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C3'
        ns['C3'] = C3
    except TypeError as e:
        print('C3', 'TypeError', e)
        return
    try:
        class C4(C1, C2):
            pass
        ns['C4'] = C4
    except TypeError as e:
        print('C4', 'TypeError', e)
        return
    for k, c in ns.items():
        print(k, [b.__name__ for b in c.__mro__], c.x if hasattr(c, 'x') else '-', c().who() if hasattr(c, 'who') else '-')
print('--- case 46')
case46()
def case47():
    ns = {}
    try:
        class C0(object):
            def who(self): return ['C0'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C0'
        ns['C0'] = C0
    except TypeError as e:
        print('C0', 'TypeError', e)
        return
    try:
        class C1(C0):
            def who(self): return ['C1'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C1'
        ns['C1'] = C1
    except TypeError as e:
        print('C1', 'TypeError', e)
        return
    try:
        class C2(C1, C0):
            def who(self): return ['C2'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C2'
        ns['C2'] = C2
    except TypeError as e:
        print('C2', 'TypeError', e)
        return
    try:
        class C3(object):
            def who(self): return ['C3'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C3'
        ns['C3'] = C3
    except TypeError as e:
        print('C3', 'TypeError', e)
        return
    try:
        class C4(C0, C3, C1):
            def who(self): return ['C4'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C4'
        ns['C4'] = C4
    except TypeError as e:
        print('C4', 'TypeError', e)
        return
    try:
        class C5(C3):
            def who(self): return ['C5'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C5'
        ns['C5'] = C5
    except TypeError as e:
        print('C5', 'TypeError', e)
        return
    try:
        class C6(C2, C3):
            def who(self): return ['C6'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C6'
        ns['C6'] = C6
    except TypeError as e:
        print('C6', 'TypeError', e)
        return
    for k, c in ns.items():
        print(k, [b.__name__ for b in c.__mro__], c.x if hasattr(c, 'x') else '-', c().who() if hasattr(c, 'who') else '-')
print('--- case 47')
case47()
def case48():
    ns = {}
    try:
        class C0(object):
            pass
        ns['C0'] = C0
    except TypeError as e:
        print('C0', 'TypeError', e)
        return
    try:
        class C1(C0):
            def who(self): return ['C1'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C1'
        ns['C1'] = C1
    except TypeError as e:
        print('C1', 'TypeError', e)
        return
    try:
        class C2(C0, C1):
            def who(self): return ['C2'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C2'
        ns['C2'] = C2
    except TypeError as e:
        print('C2', 'TypeError', e)
        return
    try:
        class C3(C2):
            def who(self): return ['C3'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C3'
        ns['C3'] = C3
    except TypeError as e:
        print('C3', 'TypeError', e)
        return
    try:
        class C4(C3, C1, C2):
            def who(self): return ['C4'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C4'
        ns['C4'] = C4
    except TypeError as e:
        print('C4', 'TypeError', e)
        return
    try:
        class C5(C0, C4, C3):
            def who(self): return ['C5'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C5'
        ns['C5'] = C5
    except TypeError as e:
        print('C5', 'TypeError', e)
        return
    try:
        class C6(object):
            def who(self): return ['C6'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C6'
        ns['C6'] = C6
    except TypeError as e:
        print('C6', 'TypeError', e)
        return
    for k, c in ns.items():
        print(k, [b.__name__ for b in c.__mro__], c.x if hasattr(c, 'x') else '-', c().who() if hasattr(c, 'who') else '-')
print('--- case 48')
case48()
def case49():
    ns = {}
    try:
        class C0(object):
            def who(self): return ['C0'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C0'
        ns['C0'] = C0
    except TypeError as e:
        print('C0', 'TypeError', e)
        return
    try:
        class C1(C0):
            def who(self): return ['C1'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C1'
        ns['C1'] = C1
    except TypeError as e:
        print('C1', 'TypeError', e)
        return
    try:
        class C2(C0):
            def who(self): return ['C2'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C2'
        ns['C2'] = C2
    except TypeError as e:
        print('C2', 'TypeError', e)
        return
    try:
        class C3(C1, C2):
            pass
        ns['C3'] = C3
    except TypeError as e:
        print('C3', 'TypeError', e)
        return
    for k, c in ns.items():
        print(k, [b.__name__ for b in c.__mro__], c.x if hasattr(c, 'x') else '-', c().who() if hasattr(c, 'who') else '-')
print('--- case 49')
case49()
def case50():
    ns = {}
    try:
        class C0(object):
            pass
        ns['C0'] = C0
    except TypeError as e:
        print('C0', 'TypeError', e)
        return
    try:
        class C1(C0):
            pass
        ns['C1'] = C1
    except TypeError as e:
        print('C1', 'TypeError', e)
        return
    try:
        class C2(object):
            def who(self): return ['C2'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C2'
        ns['C2'] = C2
    except TypeError as e:
        print('C2', 'TypeError', e)
        return
    try:
        class C3(object):
            def who(self): return ['C3'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C3'
        ns['C3'] = C3
    except TypeError as e:
        print('C3', 'TypeError', e)
        return
    try:
        class C4(object):
            pass
        ns['C4'] = C4
    except TypeError as e:
        print('C4', 'TypeError', e)
        return
    for k, c in ns.items():
        print(k, [b.__name__ for b in c.__mro__], c.x if hasattr(c, 'x') else '-', c().who() if hasattr(c, 'who') else '-')
print('--- case 50')
case50()
def case51():
    ns = {}
    try:
        class C0(object):
            def who(self): return ['C0'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C0'
        ns['C0'] = C0
    except TypeError as e:
        print('C0', 'TypeError', e)
        return
    try:
        class C1(C0):
            def who(self): return ['C1'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C1'
        ns['C1'] = C1
    except TypeError as e:
        print('C1', 'TypeError', e)
        return
    try:
        class C2(C0):
            def who(self): return ['C2'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C2'
        ns['C2'] = C2
    except TypeError as e:
        print('C2', 'TypeError', e)
        return
    try:
        class C3(C2, C0):
            pass
        ns['C3'] = C3
    except TypeError as e:
        print('C3', 'TypeError', e)
        return
    try:
        class C4(C3, C2):
            def who(self): return ['C4'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C4'
        ns['C4'] = C4
    except TypeError as e:
        print('C4', 'TypeError', e)
        return
    try:
        class C5(object):
            def who(self): return ['C5'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C5'
        ns['C5'] = C5
    except TypeError as e:
        print('C5', 'TypeError', e)
        return
    for k, c in ns.items():
        print(k, [b.__name__ for b in c.__mro__], c.x if hasattr(c, 'x') else '-', c().who() if hasattr(c, 'who') else '-')
print('--- case 51')
case51()
def case52():
    ns = {}
    try:
        class C0(object):
            def who(self): return ['C0'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C0'
        ns['C0'] = C0
    except TypeError as e:
        print('C0', 'TypeError', e)
        return
    try:
        class C1(C0):
            def who(self): return ['C1'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C1'
        ns['C1'] = C1
    except TypeError as e:
        print('C1', 'TypeError', e)
        return
    try:
        class C2(C1, C0):
            def who(self): return ['C2'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C2'
        ns['C2'] = C2
    except TypeError as e:
        print('C2', 'TypeError', e)
        return
    try:
        class C3(C2):
            def who(self): return ['C3'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C3'
        ns['C3'] = C3
    except TypeError as e:
        print('C3', 'TypeError', e)
        return
    try:
        class C4(C2, C1):
            def who(self): return ['C4'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C4'
        ns['C4'] = C4
    except TypeError as e:
        print('C4', 'TypeError', e)
        return
    try:
        class C5(C4, C1):
            pass
        ns['C5'] = C5
    except TypeError as e:
        print('C5', 'TypeError', e)
        return
    try:
        class C6(C1, C3, C0):
            def who(self): return ['C6'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C6'
        ns['C6'] = C6
    except TypeError as e:
        print('C6', 'TypeError', e)
        return
    for k, c in ns.items():
        print(k, [b.__name__ for b in c.__mro__], c.x if hasattr(c, 'x') else '-', c().who() if hasattr(c, 'who') else '-')
print('--- case 52')
case52()
def case53():
    ns = {}
    try:
        class C0(object):
            def who(self): return ['C0'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C0'
        ns['C0'] = C0
    except TypeError as e:
        print('C0', 'TypeError', e)
        return
    try:
        class C1(object):
            pass
        ns['C1'] = C1
    except TypeError as e:
        print('C1', 'TypeError', e)
        return
    try:
        class C2(C1, C0):
            pass
        ns['C2'] = C2
    except TypeError as e:
        print('C2', 'TypeError', e)
        return
    for k, c in ns.items():
        print(k, [b.__name__ for b in c.__mro__], c.x if hasattr(c, 'x') else '-', c().who() if hasattr(c, 'who') else '-')
print('--- case 53')
case53()
def case54():
    ns = {}
    try:
        class C0(object):
            def who(self): return ['C0'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C0'
        ns['C0'] = C0
    except TypeError as e:
        print('C0', 'TypeError', e)
        return
    try:
        class C1(C0):
            def who(self): return ['C1'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C1'
        ns['C1'] = C1
    except TypeError as e:
        print('C1', 'TypeError', e)
        return
    try:
        class C2(C0, C1):
            pass
        ns['C2'] = C2
    except TypeError as e:
        print('C2', 'TypeError', e)
        return
    try:
        class C3(C2, C0, C1):
            pass
        ns['C3'] = C3
    except TypeError as e:
        print('C3', 'TypeError', e)
        return
    try:
        class C4(C3, C2):
            def who(self): return ['C4'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C4'
        ns['C4'] = C4
    except TypeError as e:
        print('C4', 'TypeError', e)
        return
    for k, c in ns.items():
        print(k, [b.__name__ for b in c.__mro__], c.x if hasattr(c, 'x') else '-', c().who() if hasattr(c, 'who') else '-')
print('--- case 54')
case54()
def case55():
    ns = {}
    try:
        class C0(object):
            def who(self): return ['C0'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C0'
        ns['C0'] = C0
    except TypeError as e:
        print('C0', 'TypeError', e)
        return
    try:
        class C1(C0):
            def who(self): return ['C1'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C1'
        ns['C1'] = C1
    except TypeError as e:
        print('C1', 'TypeError', e)
        return
    try:
        class C2(C0, C1):
            def who(self): return ['C2'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C2'
        ns['C2'] = C2
    except TypeError as e:
        print('C2', 'TypeError', e)
        return
    try:
        class C3(object):
            def who(self): return ['C3'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C3'
        ns['C3'] = C3
    except TypeError as e:
        print('C3', 'TypeError', e)
        return
    for k, c in ns.items():
        print(k, [b.__name__ for b in c.__mro__], c.x if hasattr(c, 'x') else '-', c().who() if hasattr(c, 'who') else '-')
print('--- case 55')
case55()
def case56():
    ns = {}
    try:
        class C0(object):
            def who(self): return ['C0'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C0'
        ns['C0'] = C0
    except TypeError as e:
        print('C0', 'TypeError', e)
        return
    try:
        class C1(C0):
            def who(self): return ['C1'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C1'
        ns['C1'] = C1
    except TypeError as e:
        print('C1', 'TypeError', e)
        return
    try:
        class C2(C1):
            def who(self): return ['C2'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C2'
        ns['C2'] = C2
    except TypeError as e:
        print('C2', 'TypeError', e)
        return
    try:
        class C3(object):
            pass
        ns['C3'] = C3
    except TypeError as e:
        print('C3', 'TypeError', e)
        return
    try:
        class C4(object):
            pass
        ns['C4'] = C4
    except TypeError as e:
        print('C4', 'TypeError', e)
        return
    for k, c in ns.items():
        print(k, [b.__name__ for b in c.__mro__], c.x if hasattr(c, 'x') else '-', c().who() if hasattr(c, 'who') else '-')
print('--- case 56')
case56()
def case57():
    ns = {}
    try:
        class C0(object):
            def who(self): return ['C0'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C0'
        ns['C0'] = C0
    except TypeError as e:
        print('C0', 'TypeError', e)
        return
    try:
        class C1(C0):
            def who(self): return ['C1'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C1'
        ns['C1'] = C1
    except TypeError as e:
        print('C1', 'TypeError', e)
        return
    try:
        class C2(C1, C0):
            def who(self): return ['C2'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C2'
        ns['C2'] = C2
    except TypeError as e:
        print('C2', 'TypeError', e)
        return
    try:
        class C3(C1):
            def who(self): return ['C3'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C3'
        ns['C3'] = C3
    except TypeError as e:
        print('C3', 'TypeError', e)
        return
    try:
        class C4(C0, C3):
            def who(self): return ['C4'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C4'
        ns['C4'] = C4
    except TypeError as e:
        print('C4', 'TypeError', e)
        return
    for k, c in ns.items():
        print(k, [b.__name__ for b in c.__mro__], c.x if hasattr(c, 'x') else '-', c().who() if hasattr(c, 'who') else '-')
print('--- case 57')
case57()
def case58():
    ns = {}
    try:
        class C0(object):
            def who(self): return ['C0'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C0'
        ns['C0'] = C0
    except TypeError as e:
        print('C0', 'TypeError', e)
        return
    try:
        class C1(C0):
            def who(self): return ['C1'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C1'
        ns['C1'] = C1
    except TypeError as e:
        print('C1', 'TypeError', e)
        return
    try:
        class C2(object):
            def who(self): return ['C2'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C2'
        ns['C2'] = C2
    except TypeError as e:
        print('C2', 'TypeError', e)
        return
    for k, c in ns.items():
        print(k, [b.__name__ for b in c.__mro__], c.x if hasattr(c, 'x') else '-', c().who() if hasattr(c, 'who') else '-')
print('--- case 58')
case58()
def case59():
    ns = {}
    try:
        class C0(object):
            def who(self): return ['C0'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C0'
        ns['C0'] = C0
    except TypeError as e:
        print('C0', 'TypeError', e)
        return
    try:
        class C1(C0):
            pass
        ns['C1'] = C1
    except TypeError as e:
        print('C1', 'TypeError', e)
        return
    try:
        class C2(C0, C1):
            def who(self): return ['C2'] + (super().who() if hasattr(super(), 'who') else [])
            x = 'C2'
        ns['C2'] = C2
    except TypeError as e:
        print('C2', 'TypeError', e)
        return
    for k, c in ns.items():
        print(k, [b.__name__ for b in c.__mro__], c.x if hasattr(c, 'x') else '-', c().who() if hasattr(c, 'who') else '-')
print('--- case 59')
case59()
