FROM alpine:3.19
LABEL description="café ÿþ"
RUN echo ok
