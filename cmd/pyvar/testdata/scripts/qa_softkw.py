x = 1
match x:
    case 1:
        print("one")
match = 5
case = 6
print(match, case)
match (match):
    case 5:
        print("soft keywords")
_ = 3
print(_)
type = "t"
print(type)
