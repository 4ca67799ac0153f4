# os.openpty: a master and its slave pseudo-terminal, not inheritable;
# pty.openpty uses it.
import os, termios, tty
m, s = os.openpty()
print(os.isatty(m), os.isatty(s), os.get_inheritable(m), os.get_inheritable(s), os.ttyname(s).startswith('/dev/pts/'))
tty.setraw(s)
os.write(m, b'hello\n')
print(os.read(s, 100))
os.write(s, b'back')
print(os.read(m, 100))
os.close(m); os.close(s)
import pty
print(hasattr(pty, 'openpty'), len(pty.openpty()))
