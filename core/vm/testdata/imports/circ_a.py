A = 'a'
import circ_b
