NAME = 'plugin'
