# frame.clear() on a suspended generator's frame reached through a
# traceback (traceback.clear_frames, which assertRaises calls) closes the
# generator, as CPython 3.10's _PyGen_Finalize: its finally runs with its
# locals intact, and the generator is finished afterwards.
import contextlib, traceback

class Tar:
    def extractall(self):
        raise KeyError("foo not found")
    def __repr__(self):
        return "<Tar>"

class T:
    @contextlib.contextmanager
    def check_context(self, tar):
        try:
            tar.extractall()
        except Exception as exc:
            self.raised = exc
        try:
            yield
        finally:
            print("finally", tar)
        print("not reached: the generator was closed")

t = T()
cm = t.check_context(Tar())
with cm:
    try:
        raise t.raised
    except KeyError as e:
        tb = e.__traceback__
    traceback.clear_frames(tb)
    print("cleared", cm.gen.gi_frame)
print("after")

box = {}
def gen():
    try:
        yield 1
        1 / 0
    except ZeroDivisionError as e:
        box['err'] = e
    try:
        yield 2
    finally:
        print("gen finally")

g = gen()
print(next(g), g.send(None))
f = box['err'].__traceback__.tb_frame
f.clear()
print(g.gi_frame, list(g))
try:
    import sys
    sys._getframe().clear()
except RuntimeError as e:
    print("RuntimeError", e)
