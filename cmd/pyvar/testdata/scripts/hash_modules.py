# The hash modules hashlib falls back to: digests of a table of inputs,
# incremental updates, copies, attributes, BLAKE2 parameters and errors.
import _md5, _sha1, _sha256, _sha512, _sha3, _blake2

def err(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print('ok', r)

ctors = [_md5.md5, _sha1.sha1, _sha256.sha224, _sha256.sha256, _sha512.sha384, _sha512.sha512,
         _sha3.sha3_224, _sha3.sha3_256, _sha3.sha3_384, _sha3.sha3_512, _blake2.blake2b, _blake2.blake2s]
inputs = [b'', b'abc', b'a' * 63, b'a' * 64, b'a' * 65, b'a' * 127, b'a' * 128, b'a' * 129, bytes(range(256)) * 5]
for f in ctors:
    h0 = f()
    print(h0.name, h0.digest_size, h0.block_size, type(h0).__module__)
    for d in inputs:
        h = f(d)
        inc = f()
        for i in range(0, len(d), 7):
            inc.update(d[i:i + 7])
        print(' ', len(d), h.hexdigest(), inc.digest() == h.digest())
    c = f(b'abc')
    c2 = c.copy()
    c2.update(b'def')
    print(' copy', c.hexdigest() == f(b'abc').hexdigest(), c2.hexdigest() == f(b'abcdef').hexdigest())
    print(' buffers', f(bytearray(b'xyz')).digest() == f(b'xyz').digest(), f(memoryview(b'xyz')).digest() == f(b'xyz').digest())

for f in (_sha3.shake_128, _sha3.shake_256):
    h = f(b'abc')
    print(h.name, h.digest_size, h.block_size, h.hexdigest(0), h.hexdigest(10), h.digest(40).hex(), f(b'a' * 200).hexdigest(300)[-20:])
    c = h.copy()
    c.update(b'd')
    print(c.hexdigest(8) == f(b'abcd').hexdigest(8), h.hexdigest(8) == f(b'abc').hexdigest(8))

for f in (_blake2.blake2b, _blake2.blake2s):
    print(f.SALT_SIZE, f.PERSON_SIZE, f.MAX_KEY_SIZE, f.MAX_DIGEST_SIZE)
    print(f(b'abc', digest_size=16).hexdigest(), f(b'abc', key=b'secret').hexdigest(), f(key=b'k' * f.MAX_KEY_SIZE).hexdigest())
    print(f(b'abc', salt=b'salt', person=b'me').hexdigest(), f(b'x' * 300, key=b'key', digest_size=20).hexdigest())
    print(f(b'a', digest_size=16, key=b'k', salt=b's', person=b'p', fanout=2, depth=3, leaf_size=5, node_offset=7, node_depth=1, inner_size=9, last_node=True).hexdigest())
    print(f(b'', fanout=0, depth=255, leaf_size=2**32 - 1, node_offset=2**48 - 1, node_depth=255, inner_size=f.MAX_DIGEST_SIZE).hexdigest())
    for kw in [dict(digest_size=0), dict(digest_size=f.MAX_DIGEST_SIZE + 1), dict(key=b'x' * (f.MAX_KEY_SIZE + 1)), dict(salt=b'x' * (f.SALT_SIZE + 1)),
               dict(person=b'x' * (f.PERSON_SIZE + 1)), dict(fanout=256), dict(depth=0), dict(node_depth=256), dict(inner_size=f.MAX_DIGEST_SIZE + 1),
               dict(leaf_size=-1), dict(leaf_size=2**32), dict(node_offset=-1), dict(data=b'x'), dict(digest_size=1.5)]:
        err(lambda: f(**kw).hexdigest())
print(_blake2.BLAKE2B_SALT_SIZE, _blake2.BLAKE2S_MAX_DIGEST_SIZE, sorted(k for k in dir(_blake2) if k.isupper()))
try:
    class MyBlake(_blake2.blake2b):
        pass
except TypeError as e:
    print('TypeError')
print(isinstance(_blake2.blake2s(), _blake2.blake2s))

err(lambda: _md5.md5('abc'))
err(lambda: _md5.md5(1))
err(lambda: _md5.md5(b'a', b'b'))
err(lambda: _md5.md5(string=b'a').hexdigest())
err(lambda: _md5.md5(data=b'a').hexdigest())
err(lambda: _md5.md5(b'a', usedforsecurity=False).hexdigest())
err(lambda: _sha256.sha256().update('x'))
err(lambda: _sha256.sha256().update())
err(lambda: _sha256.sha256().digest(1))
err(lambda: _sha3.shake_128(b'a').digest())
err(lambda: _sha3.shake_128(b'a').digest(-1))
err(lambda: _sha3.sha3_256(data=b'a').hexdigest())
err(lambda: _sha3.sha3_256(b'a', usedforsecurity=False).hexdigest())
err(lambda: _sha3.sha3_512(b'a', b'b'))
err(lambda: _sha1.sha1().update(memoryview(b'abcd').cast('I')))
