from circ_x import X
Y = 2
