print('boom runs')
import sys
print('boom in sys.modules:', 'boom' in sys.modules)
raise ValueError('boom failed')
