# Function loop reading a module global (LOAD_GLOBAL of a module name).
N = 3000000
STEP = 7


def main():
    total = 0
    for i in range(N):
        total += STEP
    print(total)


main()
