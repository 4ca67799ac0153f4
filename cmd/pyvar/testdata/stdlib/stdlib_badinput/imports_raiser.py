import raiser
Y = 2
