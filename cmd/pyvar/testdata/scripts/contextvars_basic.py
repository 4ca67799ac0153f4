# _contextvars: ContextVar get/set/reset with tokens, Context as a mapping,
# run() switching the thread state's context, copy_context(), and tasks of
# a small loop each running in its own copied context, as asyncio does.
import _contextvars as cv
from _contextvars import Context, ContextVar, Token, copy_context


def short(r):
    """A repr without its address."""
    return r.split(" at 0x")[0] + (">" if " at 0x" in r else "")


print(cv.__name__, cv.__doc__, sorted(n for n in dir(cv) if not n.startswith("__")))
print(Context, ContextVar, Token, Context.__module__, Token.MISSING, type(Token.MISSING).__name__)

user = ContextVar("user", default="nobody")
req = ContextVar("req")
print(short(repr(user)), short(repr(req)), user.name)
print(user.get(), req.get("fallback"), user.get("explicit"))
try:
    req.get()
except LookupError as e:
    print("LookupError:", short(repr(e.args[0])))

t1 = user.set("alice")
print(short(repr(t1)), t1.var is user, t1.old_value is Token.MISSING)
t2 = user.set("bob")
print(user.get(), t2.old_value)
user.reset(t2)
print(user.get(), short(repr(t2)))
user.reset(t1)
print(user.get())
for bad in (t1, t2):
    try:
        user.reset(bad)
    except RuntimeError as e:
        print("RuntimeError:", short(str(e)))
t3 = req.set(1)
try:
    user.reset(t3)
except ValueError as e:
    print("ValueError:", str(e).split("> ")[-1])
try:
    user.reset("token")
except TypeError as e:
    print("TypeError:", e)

# Context is a read-only mapping of the variables set in it
ctx = copy_context()
print(len(ctx), req in ctx, user in ctx, ctx[req], ctx.get(user), ctx.get(user, "d"))
print([v.name for v in ctx], [v.name for v in ctx.keys()], list(ctx.values()), [(k.name, v) for k, v in ctx.items()])
print(type(ctx.keys()).__name__, type(ctx.values()).__name__, type(ctx.items()).__name__, type(iter(ctx)).__name__)
try:
    ctx[user]
except KeyError as e:
    print("KeyError:", short(repr(e.args[0])))
for bad in (lambda: ctx[1], lambda: ctx.get("x"), lambda: 1 in ctx):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(ctx == copy_context(), ctx == Context(), Context() == Context(), ctx != 1, ctx.copy() is ctx, ctx.copy() == ctx)
try:
    hash(ctx)
except TypeError as e:
    print("TypeError:", e)

# run() makes the context current; changes stay in it
def work(name, n=1):
    req.set(req.get() + n)
    user.set(name)
    return user.get(), req.get(), copy_context() == ctx

print(ctx.run(work, "carol", n=10), "| outside:", user.get(), req.get(), "| in ctx:", ctx[user], ctx[req])
print(ctx.run(work, "dave"), ctx[req])
try:
    ctx.run(lambda: ctx.run(print))
except RuntimeError as e:
    print("RuntimeError:", short(str(e)))
try:
    ctx.run()
except TypeError as e:
    print("TypeError:", e)

def boom():
    user.set("during")
    raise ValueError("inside run")
try:
    ctx.run(boom)
except ValueError as e:
    print("ValueError:", e, "| ctx kept:", ctx[user], "| current:", user.get())

# a token is tied to the context it was made in
tok = ctx.run(user.set, "erin")
try:
    user.reset(tok)
except ValueError as e:
    print("ValueError:", str(e).split("> ")[-1])
ctx.run(user.reset, tok)
print(ctx[user])

# nested contexts: run inside run
inner = Context()
def outer_fn():
    user.set("outer")
    return inner.run(lambda: (user.get(), user.set("inner") and user.get())), user.get()
print(Context().run(outer_fn), inner[user])

# construction and type errors
for f in (lambda: Context(1), lambda: Context(a=1), lambda: Token(), lambda: ContextVar(1),
          lambda: ContextVar("a", 1), lambda: ContextVar(), lambda: ContextVar(name="n"), lambda: ContextVar("n", dflt=1), lambda: user.get(1, 2), lambda: user.set()):
    try:
        f()
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__ + ":", e)
try:
    class Sub(ContextVar):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    user.name = "x"
except AttributeError as e:
    print("AttributeError:", e)
print(ContextVar[int], Token[str], ContextVar("d", default=None).get())


# a tiny loop: each task steps in its own copy of the creator's context
class Task:
    def __init__(self, coro):
        self.coro = coro
        self.ctx = copy_context()
        self.result = None

    def step(self):
        try:
            self.ctx.run(self.coro.send, None)
            return True
        except StopIteration as e:
            self.result = e.value
            return False


class Yield:
    def __await__(self):
        yield


async def handler(name):
    user.set(name)
    await Yield()
    first = user.get()
    await Yield()
    req.set(req.get() * 2)
    return first, user.get(), req.get()


req.set(5)
tasks = [Task(handler(n)) for n in ("t1", "t2", "t3")]
user.set("main")
pending = list(tasks)
while pending:
    pending = [t for t in pending if t.step()]
print([t.result for t in tasks], user.get(), req.get())
