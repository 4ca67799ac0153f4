done = False
import circ_b
seen_b = circ_b.saw
done = True
