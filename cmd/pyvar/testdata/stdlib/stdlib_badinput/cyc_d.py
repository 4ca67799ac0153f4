from cyc_c import C
D = 1
