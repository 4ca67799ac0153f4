try:
    lenght = 1
    print(lengt)
except NameError as e:
    print(str(e), e.name if hasattr(e, "name") else "-")
try:
    [].apend
except AttributeError as e:
    print(str(e))
print(zzz_very_different_name)
