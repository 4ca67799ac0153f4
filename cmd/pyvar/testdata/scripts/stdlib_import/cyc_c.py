import cyc_d
C = 1
