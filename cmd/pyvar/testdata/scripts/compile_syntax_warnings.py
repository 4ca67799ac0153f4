# The compiler's SyntaxWarnings go to stderr with the source line, before the program runs.
x = 5
if x is 5:
    print("five")
assert (x, "msg")
exec(compile("y = 1 is 1", "<s>", "exec"))
