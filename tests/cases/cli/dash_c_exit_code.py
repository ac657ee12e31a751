# argv: -c "import sys; print('exiting 4'); sys.exit(4)"
