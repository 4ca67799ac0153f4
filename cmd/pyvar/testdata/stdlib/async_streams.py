# asyncio's streams over real sockets: a TCP echo server on 127.0.0.1, a
# client that writes lines and reads them back, and a socketpair pair of
# streams; loop.run_in_executor is left out (pyvar runs one thread).
import asyncio
import socket


async def handle(reader, writer):
    peer_ok = writer.get_extra_info("peername") is not None
    while True:
        line = await reader.readline()
        if not line:
            break
        writer.write(line.upper())
        await writer.drain()
    writer.close()
    await writer.wait_closed()
    log.append(("server done", peer_ok))


log = []


async def client(port, lines):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    got = []
    for line in lines:
        writer.write(line.encode() + b"\n")
        await writer.drain()
        got.append((await reader.readline()).decode().rstrip())
    writer.write_eof()
    rest = await reader.read()
    writer.close()
    await writer.wait_closed()
    return got, rest


async def tcp_demo():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        results = await asyncio.gather(client(port, ["hello", "world"]), client(port, ["a", "b", "c"]))
        print("echo:", results)
        await asyncio.sleep(0.05)
    print("server closed:", not server.is_serving(), sorted(log))


async def pair_demo():
    a, b = socket.socketpair()
    r1, w1 = await asyncio.open_connection(sock=a)
    r2, w2 = await asyncio.open_connection(sock=b)
    w1.write(b"ping\n")
    await w1.drain()
    print("pair:", await r2.readline())
    w2.write(b"pong\n")
    await w2.drain()
    print("pair:", await r1.readline())
    try:
        await asyncio.wait_for(r1.readline(), 0.05)
    except asyncio.TimeoutError:
        print("pair: nothing more (timeout)")
    for w in (w1, w2):
        w.close()
        await w.wait_closed()


async def main():
    await tcp_demo()
    await pair_demo()


asyncio.run(main())
