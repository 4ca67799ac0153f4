# Jumps that thread into a cycle (bpo-45773) must not hang the compiler's
# jump optimisation.
for src in ["while True or spam: pass", "while True or not spam: pass",
            "while not (True or spam): pass", "while (True and x) or spam: pass"]:
    compile(src, "<test>", "exec")
    print("compiled", src)

i = 0
while True or spam:
    i += 1
    if i > 3:
        break
print(i)
j = 0
while True or not spam:
    j += 2
    if j > 5:
        break
print(j)
