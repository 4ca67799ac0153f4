# selectors over select: the default selector (epoll on Linux) and the
# others, registering pipes and socket pairs, readiness, timeouts, data,
# modify/unregister and their errors.
import os
import selectors

for cls in [selectors.DefaultSelector, selectors.SelectSelector, selectors.PollSelector, selectors.EpollSelector]:
    sel = cls()
    r, w = os.pipe()
    key = sel.register(r, selectors.EVENT_READ, data='reader')
    print(cls.__name__, type(sel).__name__, key.events, key.data, key.fd == r)
    print(' empty', sel.select(0))
    os.write(w, b'ping')
    ready = sel.select(1)
    print(' ready', [(k.data, ev) for k, ev in ready])
    sel.register(w, selectors.EVENT_WRITE, data='writer')
    print(' both', sorted((k.data, ev) for k, ev in sel.select(0)))
    sel.modify(w, selectors.EVENT_READ | selectors.EVENT_WRITE, data='rw')
    print(' modified', sel.get_key(w).events, sel.get_key(w).data, len(sel.get_map()))
    sel.unregister(w)
    try:
        sel.unregister(w)
    except KeyError as e:
        print(' KeyError', e == KeyError(w) or 'x')
    try:
        sel.register(r, selectors.EVENT_READ)
    except KeyError as e:
        print(' KeyError registered')
    try:
        sel.register(r + 1000, 0)
    except ValueError as e:
        print(' ValueError', e)
    os.read(r, 10)
    print(' drained', sel.select(0.01))
    sel.close()
    os.close(r)
    os.close(w)
    print(' closed', sel.get_map())
