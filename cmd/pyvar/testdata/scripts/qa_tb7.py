try:
    raise ValueError()
finally:
    print("cleanup")
