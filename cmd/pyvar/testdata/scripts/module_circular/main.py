# Circular imports see the partly initialised module.
import alpha
import beta

print(alpha.greet(), beta.greet())
try:
    import no_such_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from alpha import missing_name
except ImportError as e:
    print(type(e).__name__, e)
