X = 1
raise ValueError("boom at import")
