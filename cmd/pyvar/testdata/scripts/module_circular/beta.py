import alpha

print("beta imported while alpha is partial:", hasattr(alpha, "NAME"))
NAME = "beta"


def greet():
    return "beta sees " + alpha.NAME
