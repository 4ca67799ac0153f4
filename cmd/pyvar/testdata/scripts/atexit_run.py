# atexit._run_exitfuncs and _clear; unregister compares with ==.
import atexit

atexit.register(print, 'one')
atexit.register(lambda: 1 / 0)
atexit._run_exitfuncs()
print('after run', atexit._ncallbacks())
atexit.register(print, 'cleared')
atexit._clear()
print(atexit._ncallbacks())

class K:
    def __eq__(self, other):
        print('eq called')
        return False

atexit.register(print, 'two')
atexit.register(print, 'three')
atexit.unregister(K())
print(atexit._ncallbacks())
