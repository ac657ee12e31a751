# argv: -c "import sys; print(sys.argv)" first second --opt
