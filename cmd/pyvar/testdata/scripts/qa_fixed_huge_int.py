x = 10**100000
print(len(str(x)) if False else x.bit_length())
y = int('9'*5000)
print(y % 97)
print(2**(2**20) > 0)
