__all__ = ['engine', 'helpers']
