ROM alpine
ONBUILD RUN apt-get update
