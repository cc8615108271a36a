#include "RelayUrls.h"

#include <QHostAddress>
#include <QNetworkInterface>
#include <QUrl>

namespace roost::ui {

QString lanUrlOf(const QString& relayUrl) {
    const QUrl url(relayUrl);
    const QHostAddress bound(url.host());
    if (relayUrl.isEmpty() || bound.isNull() || bound.isLoopback()) return {};
    QHostAddress lan = bound;
    if (bound == QHostAddress::AnyIPv4 || bound == QHostAddress::AnyIPv6 || bound == QHostAddress::Any) {
        lan = QHostAddress();
        for (const QHostAddress& a : QNetworkInterface::allAddresses())
            if (!a.isLoopback() && a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLinkLocal()) {
                lan = a;
                break;
            }
        if (lan.isNull()) return {};
    }
    QUrl out = url;
    out.setHost(lan.toString());
    return out.toString();
}

} // namespace roost::ui
