# _opcode.stack_effect on every opcode and a range of arguments, jumps or
# not, with the errors of CPython 3.10.
import _opcode
print(_opcode.__doc__); print(_opcode.stack_effect.__name__)
for a in [(1,), (100,0), (100,), (1,1), (300,), (93, 0, ), (93,0,True), ('x',), (0,), (1, None), (90,), (90, 2**70), (2**40,), (1.5,)]:
    try: print(a, _opcode.stack_effect(*a))
    except Exception as e: print(a, type(e).__name__, e)
print(_opcode.stack_effect(93, 0, jump=False), _opcode.stack_effect(93, 0, jump=None), _opcode.stack_effect(93, 0, jump=True))
for kw in [dict(jump=1), dict(jmp=1)]:
    try: _opcode.stack_effect(93, 0, **kw)
    except Exception as e: print(type(e).__name__, e)
# every opcode and a range of arguments, with and without jumps
out = []
for op in range(256):
    for arg in ([None] if op < 90 else [0, 1, 2, 3, 4, 5, 7, 8, 15, 255, 256, 258]):
        for jump in (None, True, False):
            try:
                out.append((op, arg, jump, _opcode.stack_effect(op, arg, jump=jump)))
            except ValueError as e:
                out.append((op, arg, jump, str(e)))
print(len(out))
rows = {}
for op, arg, jump, r in out:
    rows.setdefault(op, []).append(r if isinstance(r, int) else r[14:20])
for op, rs in rows.items():
    if any(isinstance(r, int) for r in rs):
        print(op, *rs)
