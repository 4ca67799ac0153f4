from os import *
from sys import (path, argv as args)
import xml.dom.minidom
def f():
    return path, args, xml
