#escape=`
FROM e
MAINTAINER " o