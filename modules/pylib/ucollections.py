from collections import *
