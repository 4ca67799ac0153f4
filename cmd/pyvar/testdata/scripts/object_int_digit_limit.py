for s in ['9'*4300, '9'*4301, '-'+'9'*4301, '1_'*2200+'1']:
    try: x = int(s); print('ok', len(str(x)))
    except ValueError as e: print(e)
x = 10**4300
try: print(len(str(x)))
except ValueError as e: print(e)
try: print(len(f'{x:d}'))
except ValueError as e: print(e)
try: print(len('%d' % x))
except ValueError as e: print(e)
print(len(hex(x)), len(repr(10**4299)), len(str(-10**4299)))
try: int('7'*5000, 7)
except ValueError as e: print(str(e)[:60])
print(int('1'*5000, 2) > 0, int('f'*5000, 16) > 0)
