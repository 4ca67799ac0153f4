# 'break' and 'continue' outside a loop are reported on their own line,
# also from inside with blocks (whose unwinding makes the location
# artificial).
for code in ["with object() as obj:\n break", "with object() as obj:\n    continue", "break",
             "if 1: pass\nelse: break", "class C:\n  if 0: continue", "try:\n  pass\nfinally:\n  break",
             "with a:\n  with b:\n    x = 1\n    break", "async def f():\n  async with a:\n    break",
             "while x:\n  def f():\n    with a:\n      continue"]:
    try:
        compile(code, "<t>", "exec")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
