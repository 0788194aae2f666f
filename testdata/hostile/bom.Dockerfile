FROM alpine:3.19
RUN echo ok
