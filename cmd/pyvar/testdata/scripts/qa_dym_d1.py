lenght = 1
print(lengt)
