c = chr(0xdc80)
print(len(c), repr(c), len(chr(0xd800) + chr(0xdc00)), repr("x" + chr(0xd800)))
