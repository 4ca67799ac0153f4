name = 'x'
width = 10
s = f'{name}'
t = f'{name!s} {name!a} {width:{width}.{width}}'
u = f'plain'
v = f'{name=}'
