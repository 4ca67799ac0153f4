# Module loop: every name is in the module's dict (STORE_NAME, LOAD_NAME).
N = 3000000
total = 0
for i in range(N):
    total = i
print(total)
