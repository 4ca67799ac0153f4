# Function loop calling builtins (LOAD_GLOBAL of a builtin, then a call).
N = 1500000


def main():
    data = [1, 2, 3]
    total = 0
    for i in range(N):
        total += len(data) + abs(-i)
    print(total)


main()
