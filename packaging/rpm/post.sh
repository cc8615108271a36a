# roost %post: the `roost` system user and group, the data directory, /etc/roost ownership.
# The service is not enabled (a desktop user runs the tray application on the same port).
getent group roost >/dev/null || groupadd --system roost
getent passwd roost >/dev/null || useradd --system --gid roost --home-dir /var/lib/roost \
    --no-create-home --shell /sbin/nologin --comment "Roost Nostr relay" roost
if [ ! -d /var/lib/roost ]; then
    mkdir -p /var/lib/roost && chown roost:roost /var/lib/roost && chmod 0750 /var/lib/roost
fi
chown root:roost /etc/roost
chmod 0770 /etc/roost
if [ -e /etc/roost/roost.conf ]; then
    chown root:roost /etc/roost/roost.conf
    chmod 0660 /etc/roost/roost.conf
fi
if [ -d /run/systemd/system ]; then systemctl daemon-reload >/dev/null 2>&1 || :; fi
# $1 = 2 or more on upgrade: restart a running service.
if [ "$1" -ge 2 ] && [ -d /run/systemd/system ] && systemctl is-active --quiet roost.service; then
    systemctl restart roost.service || :
fi
exit 0
