x = 7
y = x ** 3 // 5 % 11 - -x
print(x, y, x / 3, divmod(y, 4), 2 ** 70, -7 >> 1, 1 << 65, ~x)
print(1.5e300 * 1e10, float('nan') == float('nan'), round(2.675, 2), abs(-3j))
print(int('ff', 16), hex(255), oct(8), bin(5), (255).to_bytes(2, 'big'))
