# Class body: names of the class namespace (LOAD_NAME/STORE_NAME) in a loop
# that runs while the class is made.
N = 2000000


class Config:
    total = 0
    for i in range(N):
        total = total + i
    del i


print(Config.total)
