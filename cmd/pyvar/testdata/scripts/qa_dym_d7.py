abc = 1
del abd
