from cyc_a import A
