from .. import VERSION as PARENT_VERSION
from ..util import helper
def run(): return "engine " + PARENT_VERSION + " " + helper()
