# A signal nothing in Python handles ends the process with the C default
# action (exit status -signum); a handler, SIG_IGN or faulthandler.register
# takes it over, and SIG_DFL gives it back.
import os, subprocess, sys

CASES = [
    'os.kill(os.getpid(), signal.SIGUSR1)',
    'os.kill(os.getpid(), signal.SIGUSR2)',
    'os.kill(os.getpid(), signal.SIGABRT)',
    'os.abort()',
    'os.kill(os.getpid(), signal.SIGQUIT)',
    'signal.alarm(1); time.sleep(5)',
    'os.kill(os.getpid(), signal.SIGRTMIN + 2)',
    'signal.signal(signal.SIGUSR1, signal.SIG_IGN); os.kill(os.getpid(), signal.SIGUSR1)',
    'signal.signal(signal.SIGUSR1, lambda *a: print("handled")); os.kill(os.getpid(), signal.SIGUSR1)',
    'signal.signal(signal.SIGUSR1, lambda *a: print("handled")); os.kill(os.getpid(), signal.SIGUSR1)\n'
    'signal.signal(signal.SIGUSR1, signal.SIG_DFL); os.kill(os.getpid(), signal.SIGUSR1)',
    'import faulthandler; faulthandler.register(signal.SIGUSR2, file=open(os.devnull, "w")); os.kill(os.getpid(), signal.SIGUSR2)',
    'import faulthandler; faulthandler.register(signal.SIGUSR2); faulthandler.unregister(signal.SIGUSR2)\n'
    'os.kill(os.getpid(), signal.SIGUSR2)',
]
# (Under go test, sys.executable is the test binary: PYVAR_TEST_AS_MAIN
# makes it pyvar.)
env = dict(os.environ, PYVAR_TEST_AS_MAIN='1')
for body in CASES:
    src = 'import os, signal, time\n' + body + '\ntime.sleep(0.2)\nprint("alive")\n'
    p = subprocess.run([sys.executable, '-c', src], capture_output=True, text=True, env=env, timeout=30)
    print(p.returncode, repr(p.stdout), repr(p.stderr[:200]))
