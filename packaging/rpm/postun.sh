# roost %postun: user data (/var/lib/roost) and the roost user stay.
if [ -d /run/systemd/system ]; then systemctl daemon-reload >/dev/null 2>&1 || :; fi
exit 0
