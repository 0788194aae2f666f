# escape=\
# escape=`
FROM a
