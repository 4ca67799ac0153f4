from . import helpers
from ..util import text as T
from ..util.text import shout
def run(x):
    return shout(helpers.double(x))
print('engine:', __name__, __package__, T.__name__)
