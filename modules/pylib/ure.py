from re import *
