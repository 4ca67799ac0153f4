assert 1 + 1 == 3, f"math is {'broken'}"
