# roost %preun: stop the service on the last uninstall ($1 = 0), not on upgrade.
if [ "$1" -eq 0 ] && [ -d /run/systemd/system ]; then
    systemctl stop roost.service >/dev/null 2>&1 || :
fi
exit 0
