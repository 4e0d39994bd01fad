import os
import os.path
import os.path as osp
import a.b.c as d
from math import pi, sqrt as root
from . import sibling
from ..pkg.mod import name
from sys import *
