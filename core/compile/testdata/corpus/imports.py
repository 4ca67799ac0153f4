import os
import os.path
import os.path as osp
from os import path, sep as s
from . import sibling
from ..pkg import mod
from os.path import *

def f():
    import sys
    from os import getcwd
    return sys, getcwd
