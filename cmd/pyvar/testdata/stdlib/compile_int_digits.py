# Decimal int literals longer than sys.get_int_max_str_digits() are a SyntaxError
# at compile time, whichever way the source is compiled; other bases are not limited.
import sys
src = "a = 1\nb = 2\nc = " + "3" * 5000 + "\nd = 4"
try:
    compile(src, "<long>", "exec")
except SyntaxError as e:
    print(e.lineno, e)
sys.set_int_max_str_digits(5000)
compile(src, "<long>", "exec")
print("ok at 5000")
sys.set_int_max_str_digits(4999)
try:
    compile(src, "<long>", "exec")
except SyntaxError as e:
    print(e.lineno, e)
print(len(str(eval("0x" + "f" * 5000))) > 0 if False else "hex ok", eval("0x" + "f" * 5000) > 0)
sys.set_int_max_str_digits(0)
print(eval("1" * 6000) % 7)
sys.set_int_max_str_digits(4300)
print(eval("1_0" * 2000) % 7, eval("0b" + "1" * 6000) % 7)
try:
    eval("1_0" * 2200)
except SyntaxError as e:
    print(e.msg[:60])
import ast
sys.set_int_max_str_digits(6000)
print(type(ast.parse("x = " + "2" * 5000).body[0].value.value))
