# sys.exit with a message: the message, then atexit, then finalizers;
# SystemExit raised in an atexit callback is only reported.
import atexit, sys

class A:
    def __del__(self):
        print('A.__del__ at exit')

a = A()
def exits():
    sys.exit(5)
atexit.register(print, 'first registered, last run')
atexit.register(exits)
sys.exit('leaving with a message')
