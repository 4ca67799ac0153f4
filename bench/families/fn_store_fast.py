# Function loop: the loop variable and the accumulator are fast locals
# (STORE_FAST, LOAD_FAST), in a function called once.
N = 3000000


def main():
    total = 0
    for i in range(N):
        x = i
        total = x
    print(total)


main()
