# uasyncio: MicroPython's name for asyncio; importing it gives the asyncio module itself.
import sys
import asyncio

sys.modules["uasyncio"] = asyncio
