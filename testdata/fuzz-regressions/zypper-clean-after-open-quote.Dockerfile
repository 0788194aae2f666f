FROM e
run zypper install "
CMD ""