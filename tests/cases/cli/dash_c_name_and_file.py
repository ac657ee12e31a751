# argv: -c "import sys; print(__name__); print('__file__' in dir()); print(sys.path[0] == '')"
