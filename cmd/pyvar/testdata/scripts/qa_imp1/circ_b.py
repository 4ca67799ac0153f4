import circ_a
saw = circ_a.done
print("circ_b sees partially initialised circ_a:", circ_a.done, hasattr(circ_a, "seen_b"))
