# str methods with arg errors and edge cases
calls = ["'a'.join()", "'a'.join(1)", "'a'.join([1])", "'a'.split(1)", "'a'.split('')", "'a'.replace('a')", "'a'.replace(1, 2)", "'a'.startswith([])",
 "'a'.center()", "'a'.center(3, 'ab')", "'a'.zfill('a')", "'a'.strip(1)", "'a'.partition('')", "'a'.index('b')", "'a'.rindex('b')",
 "'a'.ljust(3, '')", "'abc'.expandtabs('a')", "'a'.format_map(1)", "'{a}'.format_map({})", "'{0}'.format_map({})", "'%s %s' % 'a'", "'a'.removeprefix()", "'a'.splitlines(1, 2)",
 "[].append()", "[].append(1, 2)", "[].insert(1)", "[].index()", "[].count()", "[].extend()", "[].extend(1)", "[].sort(1)", "[].remove()", 
 "{}.get()", "{}.pop()", "{}.setdefault()", "{}.update([1])", "{}.update([(1,)])", "{}.fromkeys()", "dict.fromkeys(1)", "{}.keys(1)", "{}.items(1)", "{}.copy(1)",
 "set().add()", "set().remove()", "set().update(1)", "set().union(1)", "{1}.issubset(1)", "().index()", "().count()", "(1,).index(2)", "'abc'.index('d')",
 "'x'.__getitem__('a')", "[1].__getitem__('a')", "{}.__getitem__([])", "'abc'[1:2:'a']", "'abc'['a':]", "[1, 2][None:'x']",
 "b'a'.join(['a'])", "b'a'.split('a')", "b'a' + 1", "bytearray(b'a').append(300)", "bytearray(b'a').append('a')",
 "(1).to_bytes(1)", "(256).to_bytes(1, 'big')", "(-1).to_bytes(1, 'big')", "(1).bit_length(1)", "(1.5).is_integer(1)", "float.fromhex('x')", 
 "float('inf').as_integer_ratio()", "float('nan').as_integer_ratio()", "int(float('inf'))", "round(float('inf'))", "round(float('nan'))", "divmod(float('inf'), 1)", "1e308 * 1e308", "2.0 ** 5000"]
for c in calls:
    try:
        r = eval(c)
        print(c, "=", repr(r))
    except Exception as e:
        print(c, "!", type(e).__name__, e)
