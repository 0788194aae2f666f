# escape=`
# escape=\
FROM alpine:3.19
RUN echo a `
    b \
    c
