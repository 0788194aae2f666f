testdata/cli/project/Dockerfile:2:1: error: `MAINTAINER` is deprecated: use `LABEL maintainer="Jane Doe"` instead [DW3000]
testdata/cli/project/Dockerfile:2:1: style: `maintainer` is not upper case like most instructions in this file [DW3002]
testdata/cli/project/Dockerfile:3:5: warning: `ENV GREETING <value>` is the legacy form: write `ENV GREETING=<value>` [DW3001]
testdata/cli/project/sub/Dockerfile.dev:4:5: warning: RUN continues across an empty line (line 3): Docker ignores it today and will reject it in a future release [DW1001]
