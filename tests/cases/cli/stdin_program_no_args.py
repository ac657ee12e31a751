# argv:
