from ..helper import H
from .. import helper as hp
NAME = "leaf"
def rel(): return H + "/" + hp.H
