# Many property names: some share the class lookup cache's set with
# __getattr__, whose lookup while the LOAD_ATTR site fills its way used to
# overwrite the entry the way was read from.
def reader(name):
    ns = {}
    exec('def read(o):\n    return o.%s\n' % name, ns)
    return ns['read']
total = 0
for i in range(400):
    name = 'prop_%d' % i
    C = type('C%d' % i, (), {name: property(lambda self, i=i: i)})
    read = reader(name)
    o = C()
    for _ in range(3):
        total += read(o)
print(total)
